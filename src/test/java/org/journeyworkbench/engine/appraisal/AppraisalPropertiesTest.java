package org.journeyworkbench.engine.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties every appraisal keeps, checked over the samples and the worked-example model. */
class AppraisalPropertiesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 1_000, 25_000, 1_234_567.89})
    void npvIsLinearInAFlatBenefitStream(double benefit) {
        double unit = Engine.compute(OneStageModel.of(1, 0, 0, 10).model()).appraisal().npv();
        double npv = Engine.compute(OneStageModel.of(benefit, 0, 0, 10).model()).appraisal().npv();
        assertEquals(benefit * unit, npv, 1e-6 * Math.max(1, Math.abs(npv)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 40})
    void aZeroDiscountRateGivesUndiscountedSums(int years) {
        JourneyModel m = Samples.barnet();
        m = Inputs.set(Inputs.set(m, "appraisal.years", years), "appraisal.discountRates.0.rate", 0);
        m = Inputs.set(m, "appraisal.discountRates.1.rate", 0);
        AppraisalResult a = Engine.compute(m).appraisal();
        double benefits = a.years().stream().mapToDouble(AppraisalResult.AppraisalYear::benefits).sum();
        double costs = a.years().stream().mapToDouble(AppraisalResult.AppraisalYear::costs).sum();
        assertEquals(benefits, a.pvBenefits(), 1e-6);
        assertEquals(costs, a.pvCosts(), 1e-6);
        assertEquals(benefits - costs, a.npv(), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"njp", "coaches", "conditional-cautions", "iac", "personalisation"})
    void moreDeadweightNeverRaisesTheNpv(String initiative) {
        JourneyModel m = Samples.barnet();
        double previous = Double.POSITIVE_INFINITY;
        for (double dw = 0; dw <= 1.0001; dw += 0.1) {
            double npv = Engine.compute(Inputs.set(m, "initiatives." + initiative + ".deadweight", Math.min(1, dw)))
                    .appraisal().npv();
            assertTrue(npv <= previous + 1e-6, "deadweight " + dw + " raised the NPV");
            previous = npv;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Without Community Coaches", "Half the arrests avoided by panels"})
    void theAgenciesAddUpToTheTotalInEveryScenario(String name) {
        JourneyModel m = Samples.barnet();
        Scenario s = m.scenario(name).orElseThrow();
        AppraisalResult a = Engine.compute(m, s).appraisal();
        assertEquals(a.npv(), a.byAgency().stream().mapToDouble(AppraisalResult.AgencyAppraisal::npv).sum(), 1e-6);
        for (AppraisalResult.AppraisalYear y : a.years()) {
            assertEquals(y.benefits(), y.grossBenefits() - y.deadweight() - y.optimismBiasOnBenefits(), 1e-6);
            assertEquals(y.costs(), y.grossCosts() + y.optimismBiasOnCosts(), 1e-6);
            assertEquals(y.benefits(), y.benefitsByAgency().total(), 1e-6);
        }
        // Year 0 is the scenario's first-year table.
        assertEquals(Engine.compute(m, s).netSystemSaving(), a.years().get(0).net(), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.035, 0.1, 0.5})
    void aHigherDiscountRateShrinksTheFutureNotYearZero(double rate) {
        JourneyModel m = OneStageModel.of(1_000, 0, 0, 5).withBands(List.of(new DiscountBand(0, rate))).model();
        AppraisalResult a = Engine.compute(m).appraisal();
        assertEquals(1_000, a.years().get(0).presentValue(), 1e-9);
        assertEquals(1_000 / Math.pow(1 + rate, 4), a.years().get(4).presentValue(), 1e-6);
    }
}
