package org.journeyworkbench.engine;

import org.journeyworkbench.engine.edits.ScenarioEdits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class ScenarioEditsTest {
    private final JourneyModel barnet = Samples.barnet();

    @Test
    void editingTheBaseCaseChangesTheModel() {
        JourneyModel m = ScenarioEdits.setInput(barnet, "Base case", "stages.arrest.unitCost", 2000);
        assertEquals(2000, m.stage("arrest").orElseThrow().unitCost());
    }

    @Test
    void editingAScenarioAddsAnOverrideAndLeavesTheBaseCaseAlone() {
        JourneyModel m = ScenarioEdits.setInput(barnet, "Without Community Coaches", "stages.arrest.unitCost", 2000);
        assertEquals(1930, m.stage("arrest").orElseThrow().unitCost());
        assertEquals(2000.0, m.scenario("Without Community Coaches").orElseThrow().overrides()
                .get("stages.arrest.unitCost"));
        assertEquals(2000, ScenarioEdits.value(m, "Without Community Coaches", "stages.arrest.unitCost"));
        assertEquals(1930, ScenarioEdits.value(m, "Base case", "stages.arrest.unitCost"));
    }

    @Test
    void anInvalidValueInAScenarioIsRefused() {
        ModelException e = assertThrows(ModelException.class, () -> ScenarioEdits.setInput(barnet,
                "Without Community Coaches", "transitions.callout-arrest.rate", 2));
        assertTrue(e.getMessage().contains("between 0% and 100%"));
    }

    @Test
    void createRenameDelete() {
        JourneyModel m = ScenarioEdits.createScenario(barnet, "Half the arrests avoided by panels", "Copy");
        assertEquals(0.5, m.scenario("Copy").orElseThrow().overrides().get("initiatives.njp.takeUp"));
        m = ScenarioEdits.renameScenario(m, "Copy", "Renamed");
        assertTrue(m.scenario("Renamed").isPresent());
        m = ScenarioEdits.deleteScenario(m, "Renamed");
        assertEquals(barnet.scenarios(), m.scenarios());
    }

    @Test
    void aDuplicateOrEmptyNameIsRefused() {
        assertThrows(ModelException.class, () -> ScenarioEdits.createScenario(barnet, null, "Base case"));
        assertThrows(ModelException.class,
                () -> ScenarioEdits.createScenario(barnet, null, "without community coaches"));
        assertThrows(ModelException.class, () -> ScenarioEdits.createScenario(barnet, null, "  "));
        assertThrows(ModelException.class, () -> ScenarioEdits.deleteScenario(barnet, "Base case"));
    }

    @Test
    void switchingAnInitiativeOffInAScenario() {
        JourneyModel m = ScenarioEdits.setInitiativeEnabled(barnet, "Without Community Coaches", "njp", false);
        assertEquals(Boolean.FALSE, m.scenario("Without Community Coaches").orElseThrow().initiatives().get("njp"));
        assertTrue(m.initiative("njp").orElseThrow().enabled());
    }

    @Test
    void resettingAnOverrideMakesTheScenarioFollowTheBaseCaseAgain() {
        String half = "Half the arrests avoided by panels";
        assertTrue(ScenarioEdits.overrides(barnet, half, "initiatives.njp.takeUp"));
        assertFalse(ScenarioEdits.overrides(barnet, half, "stages.arrest.unitCost"));
        assertFalse(ScenarioEdits.overrides(barnet, "Base case", "initiatives.njp.takeUp"));
        JourneyModel m = ScenarioEdits.resetInput(barnet, half, "initiatives.njp.takeUp");
        assertFalse(ScenarioEdits.overrides(m, half, "initiatives.njp.takeUp"));
        assertTrue(m.scenario(half).orElseThrow().overrides().isEmpty());
        assertEquals(ScenarioEdits.value(m, "Base case", "initiatives.njp.takeUp"),
                ScenarioEdits.value(m, half, "initiatives.njp.takeUp"));
        m = ScenarioEdits.setInput(m, "Base case", "initiatives.njp.takeUp", 0.8);
        assertEquals(0.8, ScenarioEdits.value(m, half, "initiatives.njp.takeUp"), 1e-12, "it follows the base case");
        assertEquals("Neighbourhood Justice Panels take on half the ASB call-outs.",
                m.scenario(half).orElseThrow().description(), "the rest of the scenario is kept");
    }

    @Test
    void resettingAnInitiativesSwitchRemovesTheScenariosSwitch() {
        String without = "Without Community Coaches";
        assertTrue(ScenarioEdits.overrides(barnet, without, "initiatives.coaches.enabled"));
        JourneyModel m = ScenarioEdits.resetInput(barnet, without, "initiatives.coaches.enabled");
        assertTrue(m.scenario(without).orElseThrow().initiatives().isEmpty());
        assertEquals(1, ScenarioEdits.value(m, without, "initiatives.coaches.enabled"));
    }

    @Test
    void resettingWhatIsNotOverriddenChangesNothingAndTheBaseCaseCannotBeReset() {
        assertSame(barnet, ScenarioEdits.resetInput(barnet, "Without Community Coaches", "stages.arrest.unitCost"));
        assertThrows(ModelException.class, () -> ScenarioEdits.resetInput(barnet, "Base case", "stages.arrest.unitCost"));
        assertThrows(ModelException.class, () -> ScenarioEdits.resetInput(barnet, "No such", "stages.arrest.unitCost"));
    }
}
