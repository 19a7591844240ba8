package org.journeyworkbench.engine;

import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.result.InitiativeResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.engine.result.TargetGroupResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.testing.GeneratedModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for any journey, checked over 200 generated journeys of many shapes and sizes: plain
 * parameterized tests over seeded random cases, so a failure names its case and reruns the same.
 */
class EnginePropertiesTest {
    /** A generated journey: stage count, target groups, seed, and a random figure in [0, 1) to use. */
    record Case(int stages, int groups, long seed, double x) {
        JourneyModel model() {
            return GeneratedModels.journey(stages, groups, seed);
        }

        @Override
        public String toString() {
            return stages + " stages, " + groups + " groups, seed " + seed;
        }
    }

    static Stream<Arguments> journeys() {
        Random rnd = new Random(20_121_016L);
        return IntStream.range(0, 200).mapToObj(k -> Arguments.of(
                new Case(1 + rnd.nextInt(80), 1 + rnd.nextInt(6), rnd.nextLong(), rnd.nextDouble())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void savingsScaleLinearlyWithTakeUp(Case c) {
        JourneyModel full = Inputs.set(c.model(), "initiatives.i0.takeUp", 1.0);
        JourneyModel part = Inputs.set(c.model(), "initiatives.i0.takeUp", c.x());
        InitiativeResult a = Engine.compute(full).initiative("i0");
        InitiativeResult b = Engine.compute(part).initiative("i0");
        assertEquals(c.x() * a.avoidedJourneyCosts().total(), b.avoidedJourneyCosts().total(),
                1e-9 * Math.max(1, a.avoidedJourneyCosts().total()));
        assertEquals(c.x() * a.reoffendingSavings().total(), b.reoffendingSavings().total(),
                1e-9 * Math.max(1, a.reoffendingSavings().total()));
        assertEquals(c.x() * a.alternativeRouteCosts().total(), b.alternativeRouteCosts().total(),
                1e-9 * Math.max(1, a.alternativeRouteCosts().total()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void aHigherUnitCostNeverLowersTheAvoidedCost(Case c) {
        JourneyModel m = c.model();
        Stage stage = m.stages().get((int) (c.x() * m.stages().size()));
        JourneyModel dearer = Inputs.set(m, "stages." + stage.id() + ".unitCost",
                stage.unitCost() + 1 + c.x() * 50_000);
        Result before = Engine.compute(m);
        Result after = Engine.compute(dearer);
        for (InitiativeResult i : before.initiatives()) {
            double was = i.avoidedJourneyCosts().total();
            double now = after.initiative(i.initiativeId()).avoidedJourneyCosts().total();
            assertTrue(now >= was - 1e-9 * Math.max(1, was), i.initiativeId() + ": " + was + " -> " + now);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void agencyColumnsAddUpToTheTotalRow(Case c) {
        CostBenefitSummary s = Engine.compute(c.model()).summary();
        double saving = 0;
        double cost = 0;
        double impact = 0;
        double setUp = 0;
        double year1 = 0;
        for (SummaryRow r : s.rows()) {
            saving += r.annualSaving();
            cost += r.annualCost();
            impact += r.annualImpact();
            setUp += r.setUpCosts();
            year1 += r.year1Impact();
            assertEquals(r.annualSaving() + r.annualCost(), r.annualImpact(), 1e-6);
            assertEquals(r.annualImpact() + r.setUpCosts(), r.year1Impact(), 1e-6);
        }
        double tol = 1e-9 * Math.max(1, Math.abs(s.total().annualSaving()) + Math.abs(s.total().setUpCosts()));
        assertEquals(s.total().annualSaving(), saving, tol);
        assertEquals(s.total().annualCost(), cost, tol);
        assertEquals(s.total().annualImpact(), impact, tol);
        assertEquals(s.total().setUpCosts(), setUp, tol);
        assertEquals(s.total().year1Impact(), year1, tol);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void casesFlowingOutOfAStageNeverExceedCasesIntoIt(Case c) {
        JourneyModel m = c.model();
        Result r = Engine.compute(m);
        for (TargetGroupResult g : r.targetGroups()) {
            for (Stage s : m.stages()) {
                double in = g.casesAtStage().getOrDefault(s.id(), 0.0);
                double out = m.transitions().stream().filter(t -> t.from().equals(s.id()))
                        .mapToDouble(t -> g.casesOnTransition().getOrDefault(t.id(), 0.0)).sum();
                assertTrue(out <= in * (1 + 1e-12) + 1e-12, s.id() + ": out " + out + " > in " + in);
            }
        }
        for (Transition t : m.transitions()) {
            assertTrue(r.casesOnTransition().get(t.id()) >= -1e-9, "negative cases on " + t.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void theNetSavingOfTheDefaultFormulaIsTheTotalYearOneImpact(Case c) {
        Result r = Engine.compute(c.model());
        assertEquals(r.summary().total().year1Impact(), r.netSystemSaving(),
                1e-9 * Math.max(1, Math.abs(r.summary().total().annualSaving())));
    }
}
