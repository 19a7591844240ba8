package org.journeyworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** The diagram's texts follow the option being shown, not the base case. */
class CanvasLabelsTest {
    private static final String WITHOUT = "Without Community Coaches";
    private static final String HALF = "Half the arrests avoided by panels";
    private final JourneyModel barnet = Samples.barnet();

    private CanvasLabels labels(JourneyModel m, String scenario) {
        Result r = Calculation.compile(m).compute(ScenarioEdits.scenario(m, scenario));
        return CanvasLabels.of(m, r);
    }

    @Test
    void theBaseCaseShowsItsOwnTakeUp() {
        CanvasLabels base = labels(barnet, "Base case");
        assertEquals("Takes 56 (100%) cases off a year", base.initiatives().get("njp").second());
        assertEquals("Takes 200 (100%) cases off a year", base.initiatives().get("coaches").second());
        assertTrue(base.initiatives().get("coaches").third().startsWith("Saves £"));
    }

    @Test
    void aScenariosTakeUpIsShownOnTheCard() {
        CanvasLabels half = labels(barnet, HALF);
        assertEquals("Takes 28 (50%) cases off a year", half.initiatives().get("njp").second());
        assertEquals("Takes 200 (100%) cases off a year", half.initiatives().get("coaches").second(),
                "what the scenario leaves alone follows the base case");
    }

    @Test
    void anInitiativeTheScenarioLeavesOutSaysSwitchedOff() {
        CanvasLabels without = labels(barnet, WITHOUT);
        assertEquals("Switched off", without.initiatives().get("coaches").second());
        assertEquals("", without.initiatives().get("coaches").third());
        assertEquals("Takes 56 (100%) cases off a year", without.initiatives().get("njp").second());
    }

    @Test
    void aScenariosUnitCostsAndRatesAreOnTheStagesAndArrows() {
        JourneyModel m = ScenarioEdits.setInput(barnet, HALF, "stages.arrest.unitCost", 2500);
        m = ScenarioEdits.setInput(m, HALF, "transitions.cps-court.rate", 0.9);
        CanvasLabels half = labels(m, HALF);
        assertTrue(half.stages().get("arrest").second().startsWith("£2,500 a case"), half.stages().get("arrest").second());
        assertTrue(half.arrows().get("cps-court").startsWith("90%\n"), half.arrows().get("cps-court"));
        CanvasLabels base = labels(m, "Base case");
        assertTrue(base.stages().get("arrest").second().startsWith("£1,930 a case"), base.stages().get("arrest").second());
        assertTrue(base.arrows().get("cps-court").startsWith("100%\n"), base.arrows().get("cps-court"));
    }

    @Test
    void stagesShowTheCasesBeforeAndAfterTheInitiatives() {
        CanvasLabels base = labels(barnet, "Base case");
        assertEquals("Police call-out", base.stages().get("callout").heading());
        assertTrue(base.stages().get("callout").third().contains(" → "), base.stages().get("callout").third());
        assertTrue(base.arrows().get("callout-arrest").contains("\n"), "rate, then cases");
    }

    @Test
    void theBaseCaseOrAnUnknownScenarioIsTheModelItself() {
        assertSame(barnet, CanvasLabels.shown(barnet, "Base case"));
        assertSame(barnet, CanvasLabels.shown(barnet, "No such scenario"));
        assertEquals(false, CanvasLabels.shown(barnet, WITHOUT).initiative("coaches").orElseThrow().enabled());
    }
}
