package org.journeyworkbench.engine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.testing.GeneratedModels;
import org.junit.jupiter.api.Test;

/** The window's limit on what its diagram draws, counted by hand and tried at the edge. */
class WindowLimitsTest {
    /** A chain of {@code n} stages (n - 1 arrows) with {@code groups} target groups entering its head. */
    static JourneyModel chain(int n, int groups) {
        List<Stage> stages = new ArrayList<>(n);
        List<Transition> arrows = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            stages.add(new Stage("s" + k, "S" + k, "a", 10, "", 0, null));
            if (k > 0) {
                arrows.add(new Transition("t" + k, "s" + (k - 1), "s" + k, 0.99, ""));
            }
        }
        List<TargetGroup> gs = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            gs.add(new TargetGroup("g" + g, "G" + g, "", 100, "s0", Map.of(), Map.of(), null));
        }
        return new JourneyModel("chain", "", List.of(new Agency("a", "A", "#123456")), stages, arrows, gs,
                List.of(), Level1.barnet(), List.of());
    }

    @Test
    void countsABoxForEveryStageGroupAndInitiativeAndALineForEveryArrowAndLink() {
        // 10 stages; 17 arrows (s -> s+1 and s -> s+2); 2 groups and 2 initiatives, each a box and a link.
        JourneyModel m = GeneratedModels.journey(10, 2, 1);
        assertEquals(10 + 2 + 2, WindowLimits.boxes(m));
        assertEquals(17 + 2 + 2, WindowLimits.lines(m));
        assertTrue(new WindowLimits(35).fits(m));
        assertFalse(new WindowLimits(34).fits(m));
    }

    @Test
    void aModelOfExactlyTheLimitFitsAndOneMoreBoxOrLineDoesNot() {
        // 25,000 stages + 24,999 arrows + 1 group (a box and a link) = 50,001; without the group 49,999.
        assertTrue(WindowLimits.WINDOW.fits(chain(25_000, 0)));
        JourneyModel atLimit = chain(24_999, 1).withStages(chain(25_000, 0).stages()); // 25,000 + 24,998 + 2
        assertEquals(50_000, WindowLimits.boxes(atLimit) + WindowLimits.lines(atLimit));
        assertTrue(WindowLimits.WINDOW.fits(atLimit));
        WindowLimits.WINDOW.requireFits(atLimit, "edge.json");
        JourneyModel oneMore = chain(25_000, 1);
        assertEquals(50_001, WindowLimits.boxes(oneMore) + WindowLimits.lines(oneMore));
        assertFalse(WindowLimits.WINDOW.fits(oneMore));
        assertThrows(WindowLimits.TooLarge.class, () -> WindowLimits.WINDOW.requireFits(oneMore, "edge.json"));
    }

    @Test
    void theDocumentedTwentyThousandStageChainFitsAndTheHundredThousandIsRefusedInWords() {
        assertTrue(WindowLimits.WINDOW.fits(chain(20_000, 1)));
        ModelException e = assertThrows(ModelException.class,
                () -> WindowLimits.WINDOW.requireFits(chain(100_000, 1), "barnet-huge.json"));
        assertEquals("barnet-huge.json has 100,000 stages, 99,999 arrows and 1 target group: 200,001 boxes and "
                + "lines to draw, and the window draws journeys of up to 50,000. Use the command line for it: "
                + "compute, appraise, export (see docs/cli.md).", e.getMessage());
    }

    @Test
    void aSmallLimitSaysItsOwnFigureAndLeavesOutWhatTheModelHasNone() {
        ModelException e = assertThrows(ModelException.class,
                () -> new WindowLimits(2).requireFits(chain(2, 0), "two.json"));
        assertEquals("two.json has 2 stages and 1 arrow: 3 boxes and lines to draw, and the window draws "
                + "journeys of up to 2. Use the command line for it: compute, appraise, export (see docs/cli.md).",
                e.getMessage());
    }
}
