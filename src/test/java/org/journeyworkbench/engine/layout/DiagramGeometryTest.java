package org.journeyworkbench.engine.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DiagramGeometryTest {

    static JourneyModel sample(String name) {
        return name.equals("barnet") ? Samples.barnet() : Samples.tameside();
    }

    @ParameterizedTest
    @ValueSource(strings = {"barnet", "tameside"})
    void noArrowOrLinkRunsThroughABoxItDoesNotConnect(String name) {
        DiagramGeometry g = DiagramGeometry.of(sample(name));
        for (DiagramGeometry.Edge e : g.edges()) {
            List<Point> p = e.points();
            for (int i = 0; i + 1 < p.size(); i++) {
                for (Box b : g.boxes().values()) {
                    if (!b.key().equals(e.from()) && !b.key().equals(e.to())) {
                        assertFalse(b.crossedBy(p.get(i), p.get(i + 1)),
                                e.from() + " → " + e.to() + " runs through " + b.key());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"barnet", "tameside"})
    void noTwoBoxesOverlap(String name) {
        List<Box> boxes = List.copyOf(DiagramGeometry.of(sample(name)).boxes().values());
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertFalse(boxes.get(a).overlaps(boxes.get(b), 0), boxes.get(a) + " overlaps " + boxes.get(b));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"barnet", "tameside"})
    void noDashedLinkCrossesTheWholeDiagram(String name) {
        DiagramGeometry g = DiagramGeometry.of(sample(name));
        Box all = g.bounds();
        for (DiagramGeometry.Edge e : g.edges()) {
            if (e.isLink()) {
                double len = ArrowRouter.length(e.points());
                assertTrue(len < 0.5 * Math.max(all.w(), all.h()), e.from() + " → " + e.to() + " is " + len + " long");
            }
        }
    }

    @Test
    void alternativeRouteStagesSitBesideTheirInitiatives() {
        Map<String, Box> boxes = DiagramGeometry.of(Samples.barnet()).boxes();
        Box iac = boxes.get(Box.initiativeKey("iac"));
        Box order = boxes.get(Box.stageKey("intensive-order"));
        assertTrue(iac.centre().distanceTo(order.centre()) < AutoLayout.COLUMN,
                "Intensive community order beside Intensive Alternatives to Custody");
        Box cc = boxes.get(Box.initiativeKey("conditional-cautions"));
        Box ccStage = boxes.get(Box.stageKey("conditional-caution"));
        assertTrue(cc.centre().distanceTo(ccStage.centre()) < AutoLayout.COLUMN);
    }

    @Test
    void anInitiativeSitsByTheStageItActsOn() {
        Map<String, Box> boxes = DiagramGeometry.of(Samples.barnet()).boxes();
        for (String[] pair : new String[][] {{"njp", "callout"}, {"iac", "custody"}, {"conditional-cautions", "cps"},
                {"personalisation", "custody"}}) {
            double d = boxes.get(Box.initiativeKey(pair[0])).centre().distanceTo(boxes.get(Box.stageKey(pair[1]))
                    .centre());
            assertTrue(d < 1.6 * AutoLayout.COLUMN, pair[0] + " is " + d + " from " + pair[1]);
        }
    }

    @Test
    void anArrowBendsRoundABoxPlacedInItsWay() {
        Box a = new Box("a", 0, 0, 100, 50);
        Box b = new Box("b", 400, 0, 100, 50);
        Box wall = new Box("wall", 200, -20, 60, 90);
        ArrowRouter router = new ArrowRouter(List.of(a, b, wall));
        List<Point> path = router.route(a, b);
        assertTrue(path.size() > 2, "bent");
        for (int i = 0; i + 1 < path.size(); i++) {
            assertFalse(wall.crossedBy(path.get(i), path.get(i + 1)));
        }
        assertEquals(List.of(new Point(100, 25), new Point(400, 25)),
                new ArrowRouter(List.of(a, b)).route(a, b), "straight, edge to edge, when nothing is in the way");
    }

    @Test
    void aNewBoxGoesInFreeSpaceNearWhereItWasAsked() {
        Map<String, Box> boxes = DiagramGeometry.of(Samples.barnet()).boxes();
        Box caution = boxes.get(Box.stageKey("caution"));
        Point p = FreeSpace.near(boxes.values(), caution.x(), caution.y(), Box.STAGE_W, Box.STAGE_H);
        Box placed = new Box("new", p.x(), p.y(), Box.STAGE_W, Box.STAGE_H);
        for (Box b : boxes.values()) {
            assertFalse(placed.overlaps(b, 0), "overlaps " + b.key());
        }
        assertTrue(p.distanceTo(new Point(caution.x(), caution.y())) < 300, "near where it was asked: " + p);
    }
}
