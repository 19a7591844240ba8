package org.journeyworkbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.testing.GeneratedModels;

/** What must hold for any journey, checked over generated journeys of many shapes and sizes. */
class EnginePropertiesTest {

    @Property(tries = 200)
    void savingsScaleLinearlyWithTakeUp(@ForAll @IntRange(min = 2, max = 60) int stages,
                                        @ForAll @LongRange(min = 0, max = 10_000) long seed,
                                        @ForAll @DoubleRange(min = 0.0, max = 1.0) double share) {
        JourneyModel m = GeneratedModels.journey(stages, 3, seed);
        JourneyModel full = Inputs.set(m, "initiatives.i0.takeUp", 1.0);
        JourneyModel part = Inputs.set(m, "initiatives.i0.takeUp", share);
        InitiativeResult a = Engine.compute(full).initiative("i0");
        InitiativeResult b = Engine.compute(part).initiative("i0");
        assertEquals(share * a.avoidedJourneyCosts().total(), b.avoidedJourneyCosts().total(),
                1e-9 * Math.max(1, a.avoidedJourneyCosts().total()));
        assertEquals(share * a.reoffendingSavings().total(), b.reoffendingSavings().total(),
                1e-9 * Math.max(1, a.reoffendingSavings().total()));
    }

    @Property(tries = 200)
    void aHigherUnitCostNeverLowersTheAvoidedCost(@ForAll @IntRange(min = 2, max = 60) int stages,
                                                 @ForAll @LongRange(min = 0, max = 10_000) long seed,
                                                 @ForAll @IntRange(min = 0, max = 59) int which,
                                                 @ForAll @DoubleRange(min = 0, max = 50_000) double extra) {
        JourneyModel m = GeneratedModels.journey(stages, 3, seed);
        Stage stage = m.stages().get(which % stages);
        JourneyModel dearer = Inputs.set(m, "stages." + stage.id() + ".unitCost", stage.unitCost() + extra);
        Result before = Engine.compute(m);
        Result after = Engine.compute(dearer);
        for (InitiativeResult i : before.initiatives()) {
            double was = i.avoidedJourneyCosts().total();
            double now = after.initiative(i.initiativeId()).avoidedJourneyCosts().total();
            assertTrue(now >= was - 1e-9 * Math.max(1, was), i.initiativeId() + ": " + was + " -> " + now);
        }
    }

    @Property(tries = 200)
    void agencyColumnsAddUpToTheTotalRow(@ForAll @IntRange(min = 1, max = 80) int stages,
                                         @ForAll @IntRange(min = 0, max = 6) int groups,
                                         @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        CostBenefitSummary s = Engine.compute(GeneratedModels.journey(stages, groups, seed)).summary();
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

    @Property(tries = 200)
    void casesFlowingOutOfAStageNeverExceedCasesIntoIt(@ForAll @IntRange(min = 1, max = 80) int stages,
                                                      @ForAll @IntRange(min = 1, max = 5) int groups,
                                                      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        JourneyModel m = GeneratedModels.journey(stages, groups, seed);
        Result r = Engine.compute(m);
        for (TargetGroupResult g : r.targetGroups()) {
            for (Stage s : m.stages()) {
                double in = g.casesAtStage().get(s.id());
                double out = m.transitions().stream().filter(t -> t.from().equals(s.id()))
                        .mapToDouble(t -> g.casesOnTransition().get(t.id())).sum();
                assertTrue(out <= in * (1 + 1e-12) + 1e-12, s.id() + ": out " + out + " > in " + in);
            }
        }
        for (Transition t : m.transitions()) {
            assertTrue(r.casesOnTransition().get(t.id()) >= -1e-9, "negative cases on " + t.id());
        }
    }

    @Property(tries = 100)
    void theNetSavingOfTheDefaultFormulaIsTheTotalYearOneImpact(@ForAll @IntRange(min = 1, max = 50) int stages,
                                                                @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        Result r = Engine.compute(GeneratedModels.journey(stages, 4, seed));
        assertEquals(r.summary().total().year1Impact(), r.netSystemSaving(),
                1e-9 * Math.max(1, Math.abs(r.summary().total().annualSaving())));
    }
}
