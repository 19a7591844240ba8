package org.journeyworkbench.engine.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.OptimismBias;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** Green Book appraisals worked by hand (the arithmetic is written out in each test), to the penny. */
class AppraisalWorkedExamplesTest {
    private static final double PENNY = 0.005;

    private static AppraisalResult appraise(JourneyModel m) {
        return Engine.compute(m).appraisal();
    }

    @Test
    void barnetYearZeroIsTheSlidesTableAndLaterYearsRepeatItWithoutSetUp() {
        AppraisalResult a = appraise(Samples.barnet());
        assertEquals(5, a.years().size());
        AppraisalResult.AppraisalYear y0 = a.years().get(0);
        assertEquals(166_604.40, y0.net(), PENNY);
        assertEquals(1.0, y0.discountFactor());
        assertEquals(570_750 + 292_500, y0.costs(), PENNY);
        double benefits = y0.benefits();
        assertEquals(1_029_854, benefits, 0.5);
        // Years 1-4: the same benefits and running costs, no set-up, at 3.5%.
        double net = benefits - 570_750;
        double expected = y0.net();
        for (int t = 1; t < 5; t++) {
            assertEquals(net, a.years().get(t).net(), PENNY);
            assertEquals(Math.pow(1.035, -t), a.years().get(t).discountFactor(), 1e-12);
            expected += net / Math.pow(1.035, t);
        }
        assertEquals(expected, a.npv(), PENNY);
        // By hand: 166,604.40 + 459,104.40 × (0.966184 + 0.933511 + 0.901943 + 0.871442 = 3.673079) = 1,852,931.23.
        assertEquals(1_852_931.23, a.npv(), 0.01);
        assertEquals(a.npv(), a.byAgency().stream().mapToDouble(AppraisalResult.AgencyAppraisal::npv).sum(), PENNY);
        assertEquals(0, a.paybackYear());
    }

    @Test
    void discountRateFallsFromThreeAndAHalfToThreePercentAfterYearThirty() {
        // £1,000 of benefits a year for 35 years, no costs. DF_t = 1.035^-t to year 30, then DF_30 × 1.03^-(t-30).
        AppraisalResult a = appraise(OneStageModel.of(1000, 0, 0, 35).model());
        double df30 = Math.pow(1.035, -30);
        assertEquals(df30, a.years().get(30).discountFactor(), 1e-12);
        assertEquals(df30 / 1.03, a.years().get(31).discountFactor(), 1e-12);
        assertEquals(df30 / Math.pow(1.03, 4), a.years().get(34).discountFactor(), 1e-12);
        double pv = 0;
        for (int t = 0; t <= 30; t++) {
            pv += 1000 * Math.pow(1.035, -t);
        }
        for (int t = 31; t < 35; t++) {
            pv += 1000 * df30 * Math.pow(1.03, -(t - 30));
        }
        assertEquals(pv, a.pvBenefits(), PENNY);
        // Worked out separately: 19,392.05 (years 0-30) + 1,000 × 0.356278 × 3.717098 (years 31-34) = 20,716.37.
        assertEquals(20_716.37, a.npv(), 0.01);
        assertNull(a.bcr(), "no costs: no benefit-cost ratio");
        assertNull(a.valueForMoney());
    }

    @Test
    void rampUpScalesTakeUpAndSpreadsSetUp() {
        // Benefits £10,000 a year at full take-up; running £2,000 a year; set-up £5,000 split 60/40.
        OneStageModel base = OneStageModel.of(10_000, 2_000, 5_000, 3).withBands(List.of(new DiscountBand(0, 0.10)))
                .withProfile(new Profile(List.of(0.5, 1.0), List.of(1.0), List.of(0.6, 0.4)));
        AppraisalResult a = appraise(base.model());
        // Year 0: 5,000 benefits; costs 2,000 + 3,000. Year 1: 10,000; 2,000 + 2,000. Year 2: 10,000; 2,000.
        assertEquals(5_000, a.years().get(0).benefits(), PENNY);
        assertEquals(5_000, a.years().get(0).costs(), PENNY);
        assertEquals(10_000, a.years().get(1).benefits(), PENNY);
        assertEquals(4_000, a.years().get(1).costs(), PENNY);
        assertEquals(2_000, a.years().get(2).costs(), PENNY);
        // NPV = 0 + 6,000 / 1.1 + 8,000 / 1.21 = 5,454.545 + 6,611.570 = 12,066.12.
        assertEquals(12_066.12, a.npv(), PENNY);
        // BCR = (5,000 + 10,000/1.1 + 10,000/1.21) / (5,000 + 4,000/1.1 + 2,000/1.21) = 22,355.37 / 10,289.26.
        assertEquals(22_355.37 / 10_289.26, a.bcr(), 1e-6);
        assertEquals("High", a.valueForMoney());
        assertEquals(0, a.paybackYear());
    }

    @Test
    void optimismBiasAndDeadweightAdjustBenefitsAndCosts() {
        // Benefits £10,000 a year, 25% deadweight, 10% optimism bias on benefits: 10,000 × 0.75 × 0.9 = 6,750.
        // Costs £4,000 a year with 20% optimism bias: 4,800. One year, so NPV = 1,950.
        OneStageModel m = OneStageModel.of(10_000, 4_000, 0, 1).withDeadweight(0.25)
                .withBias(new OptimismBias(0.2, 0.1));
        AppraisalResult.AppraisalYear y = appraise(m.model()).years().get(0);
        assertEquals(10_000, y.grossBenefits(), PENNY);
        assertEquals(2_500, y.deadweight(), PENNY);
        assertEquals(750, y.optimismBiasOnBenefits(), PENNY);
        assertEquals(6_750, y.benefits(), PENNY);
        assertEquals(4_000, y.grossCosts(), PENNY);
        assertEquals(800, y.optimismBiasOnCosts(), PENNY);
        assertEquals(4_800, y.costs(), PENNY);
        assertEquals(1_950, appraise(m.model()).npv(), PENNY);
        assertEquals(6_750 / 4_800.0, appraise(m.model()).bcr(), 1e-12);
        assertEquals("Low", appraise(m.model()).valueForMoney());
    }

    @Test
    void anInitiativeThatNeverPaysBackHasNoPaybackYearAndPoorValue() {
        // Benefits £1,000 a year against costs of £1,500 a year and £10,000 set-up.
        AppraisalResult a = appraise(OneStageModel.of(1_000, 1_500, 10_000, 5).model());
        assertNull(a.paybackYear());
        assertTrue(a.npv() < 0);
        assertEquals("Poor", a.valueForMoney());
        for (AppraisalResult.AppraisalYear y : a.years()) {
            assertTrue(y.cumulativePresentValue() < 0);
        }
    }

    @Test
    void paybackIsTheFirstYearWhoseCumulativeDiscountedNetReachesZero() {
        // Set-up £10,000; net £4,000 a year at 0%: cumulative -6,000, -2,000, 2,000: pays back in year 2.
        AppraisalResult a = appraise(OneStageModel.of(4_000, 0, 10_000, 5)
                .withBands(List.of(new DiscountBand(0, 0))).model());
        assertEquals(2, a.paybackYear());
        assertEquals(-6_000, a.years().get(0).cumulativePresentValue(), PENNY);
    }

    @Test
    void aBoundaryBenefitCostRatioGoesToTheHigherCategory() {
        // One year, benefits 1,500, costs 1,000: BCR exactly 1.5 is Medium, not Low.
        AppraisalResult a = appraise(OneStageModel.of(1_500, 1_000, 0, 1).model());
        assertEquals(1.5, a.bcr(), 1e-12);
        assertEquals("Medium", a.valueForMoney());
        assertEquals("High", appraise(OneStageModel.of(2_000, 1_000, 0, 1).model()).valueForMoney());
        assertEquals("Very high", appraise(OneStageModel.of(4_000, 1_000, 0, 1).model()).valueForMoney());
        assertEquals("Low", appraise(OneStageModel.of(1_000, 1_000, 0, 1).model()).valueForMoney());
    }

    @Test
    void aScenarioCanLengthenThePeriodAndSetAProfileYearPastTheListedOnes() {
        JourneyModel m = OneStageModel.of(1_000, 0, 0, 3).withBands(List.of(new DiscountBand(0, 0))).model();
        var scenario = new org.journeyworkbench.model.Scenario("Longer", "", java.util.Map.of(
                "appraisal.years", 6.0, "initiatives.diversion.profile.takeUp.4", 0.5), java.util.Map.of());
        AppraisalResult a = Engine.compute(m.withScenarios(List.of(scenario)), scenario).appraisal();
        assertEquals(6, a.years().size());
        // The take-up list [1] set at year 4 reads [1, 1, 1, 1, 0.5] and continues with 0.5 in year 5.
        assertEquals(1_000 * 4 + 500 + 500, a.npv(), PENNY);
        // Applying the scenario to the model gives the same figures: the list is continued as it reads.
        assertEquals(a.npv(), Engine.compute(Inputs.apply(m, scenario)).appraisal().npv(), PENNY);
    }

    @Test
    void aValueOutsideItsRangeIsRefusedNamingTheInput() {
        JourneyModel m = OneStageModel.of(1_000, 0, 0, 3).model();
        var bad = new org.journeyworkbench.model.Scenario("Bad", "", java.util.Map.of(
                "appraisal.discountRates.0.rate", 0.9), java.util.Map.of());
        ModelException e = assertThrows(ModelException.class, () -> Engine.compute(m, bad));
        assertTrue(e.getMessage().contains("appraisal.discountRates.0.rate"), e.getMessage());
        assertTrue(e.getMessage().contains("50%"), e.getMessage());
    }
}
