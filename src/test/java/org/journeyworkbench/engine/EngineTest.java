package org.journeyworkbench.engine;

import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.InitiativeResult;
import org.journeyworkbench.engine.result.Result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Reoffending;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineTest {
    /** Level 2 chain: call-out 542 -> arrest 1930 (a) -> caution 492 (c) / CPS 500 (p) -> court 768 -> custody (s). */
    static JourneyModel chain(double n, double a, double c, double p, double s, double custody) {
        List<Agency> agencies = List.of(new Agency("police", "Police", null), new Agency("cps", "CPS", null),
                new Agency("court", "Court", null), new Agency("prison", "Prison", null));
        List<Stage> stages = List.of(
                new Stage("callout", "Call-out", "police", 542, "", 0, null),
                new Stage("arrest", "Arrest", "police", 1930, "", 0, null),
                new Stage("caution", "Caution", "police", 492, "", 0, null),
                new Stage("cps", "CPS", "cps", 500, "", 0, null),
                new Stage("court", "Court", "court", 768, "", 0, null),
                new Stage("custody", "Custody", "prison", custody, "", 0, null));
        List<Transition> arrows = List.of(
                new Transition("a", "callout", "arrest", a, ""),
                new Transition("c", "arrest", "caution", c, ""),
                new Transition("p", "arrest", "cps", p, ""),
                new Transition("court", "cps", "court", 1, ""),
                new Transition("s", "court", "custody", s, ""));
        TargetGroup group = new TargetGroup("g", "Group", "", n, "callout", Map.of(), Map.of(), null);
        Initiative initiative = new Initiative("i", "Initiative", "", "g", "callout", TakeUp.share(1), List.of(),
                null, List.of(), List.of(), true, null);
        return new JourneyModel("Chain", "", agencies, stages, arrows, List.of(group), List.of(initiative),
                Level1.barnet(), List.of());
    }

    @ParameterizedTest(name = "N={0} a={1} c={2} p={3} s={4} custody={5}")
    @CsvSource({
            // N,   a,   c,    p,   s,  custody, police,    cps,   court,  prison
            "56,  0.1, 0.2, 0.45, 0.1,  19000,  41711.04,  1260,  1935.36,  4788",
            "200, 0.5, 0.3, 0.5,  0.1,  19000, 316160,    25000, 38400,    95000",
            "100, 0,   0,   0,    0,    19000,  54200,        0,     0,        0",
            "100, 1,   0,   1,    1,     8400, 247200,    50000, 76800,   840000",
            "10,  0.5, 0.5, 0.5,  0.5,  10000,  16300,     1250,  1920,    12500"})
    void level2ChainPricesEachStageByAgency(double n, double a, double c, double p, double s, double custody,
                                            double police, double cps, double court, double prison) {
        InitiativeResult r = Engine.compute(chain(n, a, c, p, s, custody)).initiative("i");
        assertEquals(police, r.avoidedJourneyCosts().get("police"), 0.005);
        assertEquals(cps, r.avoidedJourneyCosts().get("cps"), 0.005);
        assertEquals(court, r.avoidedJourneyCosts().get("court"), 0.005);
        assertEquals(prison, r.avoidedJourneyCosts().get("prison"), 0.005);
    }

    @ParameterizedTest(name = "cases at {0} = {1}")
    @CsvSource({"callout, 200", "arrest, 100", "caution, 30", "cps, 50", "court, 50", "custody, 5"})
    void casesFlowAlongTheJourney(String stage, double expected) {
        Result r = Engine.compute(chain(200, 0.5, 0.3, 0.5, 0.1, 19000));
        assertEquals(expected, r.targetGroup("g").casesAtStage().get(stage), 1e-9);
        // The initiative takes every case off at the call-out, so nothing is left on the journey.
        assertEquals(0, r.casesAtStage().get(stage), 1e-9);
        assertEquals(expected, r.initiative("i").casesAvoidedAtStage().get(stage), 1e-9);
    }

    @Test
    void aScenarioOverrideChangesOnlyThatScenario() {
        JourneyModel m = Samples.barnet();
        Scenario dearer = Scenario.base().withName("Dearer arrests").withOverride("stages.arrest.unitCost", 2930);
        Result base = Engine.compute(m);
        Result changed = Engine.compute(m, dearer);
        // Arrests avoided: NJP 56 x 10% + Community Coaches 200 x 50% = 105.6; each now £1,000 dearer.
        assertEquals(base.summary().row("police").annualSaving() + 105_600,
                changed.summary().row("police").annualSaving(), 1e-6);
        assertEquals("Dearer arrests", changed.scenario());
        assertEquals(1930, m.stage("arrest").orElseThrow().unitCost());
    }

    @Test
    void switchingAnInitiativeOffRemovesAllItsFigures() {
        JourneyModel m = Samples.barnet();
        Result r = Engine.compute(m, m.scenario("Without Community Coaches").orElseThrow());
        InitiativeResult coaches = r.initiative("coaches");
        assertFalse(coaches.enabled());
        assertEquals(0, coaches.annualSaving());
        assertEquals(166_604.40 - (474_560 - 92_000), r.netSystemSaving(), 0.005);
    }

    @Test
    void takingOnMoreCasesThanReachTheStageWarns() {
        JourneyModel m = Inputs.set(Samples.barnet(), "initiatives.iac.takeUp", 25);
        Result r = Engine.compute(m);
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("takes on 25 cases a year, but only 20"), r.warnings().get(0));
    }

    @Test
    void perCaseRunningCostsFollowTheCasesTakenOn() {
        JourneyModel m = Inputs.set(Samples.barnet(), "initiatives.personalisation.takeUp", 40);
        InitiativeResult p = Engine.compute(m).initiative("personalisation");
        assertEquals(40 * 1500, p.runningCosts().get("tbc"), 1e-9);
        assertEquals(2 * 48_675, p.runningCosts().get("probation"), 1e-9);
        assertEquals(40 * 0.2 * 8400, p.reoffendingSavings().get("prison"), 1e-9);
    }

    @Test
    void aUserDefinedConstantTermTakesPartInTheFormula() {
        JourneyModel m = Samples.barnet();
        var terms = new java.util.ArrayList<>(m.level1().terms());
        terms.add(new org.journeyworkbench.model.Level1Term("5OB", "Optimism bias", 
                org.journeyworkbench.model.Measure.CONSTANT, 50_000));
        m = m.withLevel1(new Level1(terms, "(1A + 2A) - (3A + 4AB) - 5OB"));
        assertEquals(116_604.40, Engine.compute(m).netSystemSaving(), 0.005);
    }

    @Test
    void aFormulaWithAnUnknownTermIsRefusedNamingIt() {
        JourneyModel m = Samples.barnet().withLevel1(new Level1(Samples.barnet().level1().terms(), "1A + 9Z"));
        ModelException e = assertThrows(ModelException.class, () -> Engine.compute(m));
        assertTrue(e.getMessage().contains("no term called \"9Z\""), e.getMessage());
    }

    @Test
    void aCycleIsRefusedNamingItsStages() {
        JourneyModel m = chain(10, 0.5, 0.2, 0.5, 0.1, 19000);
        JourneyModel looped = m.withTransitions(new java.util.ArrayList<>(m.transitions()) {{
                add(new Transition("back", "court", "arrest", 0.1, ""));
            }});
        ModelException e = assertThrows(ModelException.class, () -> Engine.compute(looped));
        assertTrue(e.getMessage().contains("Arrest → CPS → Court → Arrest"), e.getMessage());
    }

    @Test
    void ratesOutOfAStageOverOneHundredPercentAreRefused() {
        JourneyModel m = chain(10, 0.5, 0.6, 0.5, 0.1, 19000);
        ModelException e = assertThrows(ModelException.class, () -> Engine.compute(m));
        assertEquals("transitions", e.field());
        assertTrue(e.getMessage().contains("the rates out of \"Arrest\" add up to 110%"), e.getMessage());
    }

    @Test
    void aGroupsOwnRatesAreCheckedToo() {
        JourneyModel m = Inputs.set(Samples.barnet(), "targetGroups.asb.rates.arrest-caution", 0.6);
        ModelException e = assertThrows(ModelException.class, () -> Engine.compute(m));
        assertTrue(e.getMessage().contains("for target group \"ASB perpetrators"), e.getMessage());
    }

    @Test
    void aReferenceToAMissingStageNamesTheField() {
        JourneyModel m = Samples.barnet().withInitiative("iac", i -> i.withInterventionStage("prison-wing"));
        ModelException e = assertThrows(ModelException.class, () -> Engine.compute(m));
        assertEquals("initiatives[iac].interventionStage", e.field());
        assertTrue(e.getMessage().contains("no stage with id \"prison-wing\""));
    }

    @Test
    void anInitiativeWithRunningCostsOnlyStillCounts() {
        JourneyModel m = Samples.barnet().withInitiative("njp", i -> i.withRunningCosts(List.of(
                new CostLine("venue", "Venue hire", "tbc", 100, 1, CostLine.Basis.PER_CASE))));
        assertEquals(56 * 100, Engine.compute(m).initiative("njp").runningCosts().get("tbc"), 1e-9);
    }

    @Test
    void reoffendingUsesTheGroupsSentenceCost() {
        JourneyModel m = Samples.barnet().withInitiative("personalisation",
                i -> i.withReoffending(new Reoffending(0.5, 2, "custody")));
        assertEquals(50 * 2 * 0.5 * 8400,
                Engine.compute(m).initiative("personalisation").reoffendingSavings().get("prison"), 1e-9);
    }

    @Test
    void reusingTheJourneysShapeNeverServesAStaleAnswer() {
        JourneyModel m = Samples.barnet();
        Engine.compute(m);
        // Same ids and arrows, but the arrest now costs the CPS: the saving must move with it.
        JourneyModel moved = m.withStage("arrest", s -> s.withAgency("cps"));
        Result r = Engine.compute(moved);
        assertEquals(357_871.04 - 105.6 * 1930, r.summary().row("police").annualSaving(), 1e-6);
        assertEquals(126_260 + 105.6 * 1930, r.summary().row("cps").annualSaving(), 1e-6);
        // An arrow re-pointed keeps the count of arrows but changes the shape.
        JourneyModel repointed = m.withTransitions(m.transitions().stream()
                .map(t -> t.id().equals("court-custody") ? new Transition(t.id(), "court", "intensive-order",
                        t.rate(), t.label()) : t).toList());
        Result again = Engine.compute(repointed);
        assertEquals(0, again.summary().row("prison").annualSaving() - 168_000 - 84_000, 1e-6);
        assertEquals(166_604.40, Engine.compute(m).netSystemSaving(), 0.005);
    }
}
