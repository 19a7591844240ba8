package org.journeyworkbench.engine.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {
    private final JourneyModel laid = AutoLayout.layOut(Samples.barnet());

    private Position stage(String id) {
        return laid.stage(id).orElseThrow().position();
    }

    @Test
    void givesEverythingAPosition() {
        assertTrue(AutoLayout.needsLayout(Samples.barnet()));
        assertFalse(AutoLayout.needsLayout(laid));
    }

    @Test
    void laysTheJourneyOutLeftToRightAlongItsArrows() {
        assertTrue(stage("callout").x() < stage("arrest").x());
        assertTrue(stage("arrest").x() < stage("cps").x());
        assertTrue(stage("cps").x() < stage("court").x());
        assertTrue(stage("court").x() < stage("custody").x());
        assertEquals(stage("caution").x(), stage("cps").x(), "two stages after the arrest share a column");
        assertTrue(stage("caution").y() > stage("cps").y(), "the main line (on to court) runs straight");
        assertEquals(stage("callout").y(), stage("custody").y());
    }

    @Test
    void initiativesWithoutAnAlternativeRouteSitAboveTheJourneyAndNoCardsOverlap() {
        double journeyTop = laid.stages().stream().mapToDouble(s -> s.position().y()).min().orElseThrow();
        List<Position> cards = new ArrayList<>();
        laid.initiatives().forEach(i -> cards.add(i.position()));
        laid.targetGroups().forEach(g -> cards.add(g.position()));
        for (String id : List.of("njp", "coaches", "personalisation")) {
            assertTrue(laid.initiative(id).orElseThrow().position().y() < journeyTop, id + " above the journey");
        }
        for (String id : List.of("conditional-cautions", "iac")) {
            assertTrue(laid.initiative(id).orElseThrow().position().y() > stage("cps").y(), id + " below the journey");
        }
        for (int a = 0; a < cards.size(); a++) {
            for (int b = a + 1; b < cards.size(); b++) {
                Position p = cards.get(a);
                Position q = cards.get(b);
                boolean overlap = Math.abs(p.x() - q.x()) < 200 && Math.abs(p.y() - q.y()) < 66;
                assertFalse(overlap, p + " overlaps " + q);
            }
        }
    }

    @Test
    void keepsWhatAlreadyHasAPosition() {
        JourneyModel moved = laid.withStage("arrest", s -> s.withPosition(new Position(999, 999)));
        assertEquals(moved, AutoLayout.layOut(moved));
    }

    @Test
    void stagesNoArrowReachesGoBelowTheJourney() {
        assertTrue(stage("conditional-caution").y() > stage("cps").y());
        assertTrue(stage("intensive-order").y() > stage("cps").y());
    }
}
