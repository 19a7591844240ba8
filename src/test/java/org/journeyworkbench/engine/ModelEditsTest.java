package org.journeyworkbench.engine;

import org.journeyworkbench.engine.edits.ModelEdits;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.validation.ModelValidator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class ModelEditsTest {
    private final JourneyModel barnet = Samples.barnet();

    @Test
    void aNewStageConnectedWithTheShareLeftOverKeepsTheModelValid() {
        JourneyModel m = ModelEdits.addStage(barnet, "stage-1", new Position(0, 0));
        m = ModelEdits.connect(m, "arrest", "stage-1");
        ModelValidator.requireValid(m);
        // Out of the arrest 30% + 50% are used, so the new arrow takes at most 10%.
        assertEquals(0.1, m.transitions().get(m.transitions().size() - 1).rate(), 1e-12);
        m = ModelEdits.connect(m, "cps", "stage-1");
        assertEquals(0.0, m.transitions().get(m.transitions().size() - 1).rate(), 1e-12, "CPS already sends 100%");
        ModelValidator.requireValid(m);
    }

    @Test
    void connectingTwiceOrToItselfIsRefused() {
        assertThrows(ModelException.class, () -> ModelEdits.connect(barnet, "callout", "arrest"));
        assertThrows(ModelException.class, () -> ModelEdits.connect(barnet, "arrest", "arrest"));
    }

    @Test
    void deletingAStageInUseIsRefusedNamingWhoUsesIt() {
        ModelException e = assertThrows(ModelException.class, () -> ModelEdits.deleteStage(barnet, "custody"));
        assertTrue(e.getMessage().contains("(4) Intensive Alternatives to Custody"), e.getMessage());
    }

    @Test
    void deletingAStageTakesItsArrowsAndTheOverridesNamingThem() {
        JourneyModel m = ModelEdits.deleteStage(barnet, "caution");
        ModelValidator.requireValid(m);
        assertTrue(m.transition("arrest-caution").isEmpty());
        assertFalse(m.targetGroup("asb").orElseThrow().rates().containsKey("arrest-caution"));
    }

    @Test
    void deletingAnArrowTakesScenarioOverridesOfItToo() {
        JourneyModel m = ScenarioEdits.setInput(barnet, "Without Community Coaches", "transitions.court-custody.rate", 0.2);
        m = ModelEdits.deleteTransition(m, "court-custody");
        ModelValidator.requireValid(m);
        assertTrue(m.scenario("Without Community Coaches").orElseThrow().overrides().isEmpty());
    }

    @Test
    void deletingATargetGroupInUseIsRefusedAndAnInitiativeTakesItsSwitches() {
        assertThrows(ModelException.class, () -> ModelEdits.deleteTargetGroup(barnet, "asb"));
        JourneyModel m = ModelEdits.deleteInitiative(barnet, "coaches");
        ModelValidator.requireValid(m);
        assertTrue(m.scenario("Without Community Coaches").orElseThrow().initiatives().isEmpty());
        m = ModelEdits.deleteTargetGroup(m, "at-risk");
        ModelValidator.requireValid(m);
    }

    @Test
    void newGroupsAndInitiativesNeedSomethingToAttachTo() {
        JourneyModel empty = barnet.withInitiatives(java.util.List.of()).withTargetGroups(java.util.List.of())
                .withScenarios(java.util.List.of());
        assertThrows(ModelException.class, () -> ModelEdits.addInitiative(empty, "i", null, null));
        JourneyModel m = ModelEdits.addTargetGroup(empty, "g", "arrest", null);
        m = ModelEdits.addInitiative(m, "i", "g", null);
        ModelValidator.requireValid(m);
        assertEquals("arrest", m.initiative("i").orElseThrow().interventionStage());
    }
}
