package org.journeyworkbench.engine.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Options;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** Options side by side agree with computing each scenario on its own, and differ from the base as they should. */
class OptionsTest {
    @Test
    void everyOptionEqualsItsOwnComputationAndItsDifferenceFromTheBase() {
        JourneyModel m = Samples.barnet();
        List<OptionResult> options = new Options(Calculation.compile(m)).compare();
        assertEquals(1 + m.scenarios().size(), options.size());
        assertTrue(options.get(0).baseCase());
        assertEquals(0, options.get(0).deltaNpv());
        Result base = Engine.compute(m);
        for (OptionResult o : options) {
            Scenario s = o.baseCase() ? Scenario.base() : m.scenario(o.name()).orElseThrow();
            Result r = Engine.compute(m, s);
            AppraisalResult a = r.appraisal();
            assertEquals(r.netSystemSaving(), o.year1NetSaving(), 1e-6, o.name());
            assertEquals(a.npv(), o.npv(), 1e-6, o.name());
            assertEquals(a.bcr(), o.bcr());
            assertEquals(a.paybackYear(), o.paybackYear());
            assertEquals(a.valueForMoney(), o.valueForMoney());
            assertEquals(a.npv() - base.appraisal().npv(), o.deltaNpv(), 1e-6);
            for (OptionResult.AgencyNpv agency : o.byAgency()) {
                assertEquals(a.agency(agency.agencyId()).npv(), agency.npv(), 1e-6);
            }
        }
    }

    @Test
    void aBaseInputThatNoScenarioOverridesMovesEveryOption() {
        JourneyModel m = Samples.barnet();
        JourneyModel changed = Inputs.set(m, "stages.arrest.unitCost", 2500);
        List<OptionResult> before = new Options(Calculation.compile(m)).compare();
        List<OptionResult> after = new Options(Calculation.compile(changed)).compare();
        for (int k = 0; k < before.size(); k++) {
            assertTrue(after.get(k).npv() > before.get(k).npv(), before.get(k).name());
        }
        // "Without Community Coaches" gives up the coaches' benefits: its NPV is below the base case's.
        OptionResult without = after.stream().filter(o -> o.name().equals("Without Community Coaches")).findFirst()
                .orElseThrow();
        assertTrue(without.deltaNpv() < 0);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3})
    void theHeadlineEvaluationGivesTheFullEvaluationsHeadline(int seed) {
        for (JourneyModel m : List.of(Samples.barnet(),
                org.journeyworkbench.testing.GeneratedModels.journey(60, 4, seed))) {
            Calculation calc = Calculation.compile(m);
            double[] full = calc.bind(Scenario.base());
            double[] headline = calc.bind(Scenario.base());
            calc.evaluate(full, calc.newScratch());
            calc.evaluateHeadline(headline, calc.newScratch());
            Options.Headline a = calc.headline(full);
            Options.Headline b = calc.headline(headline);
            assertEquals(a.year1NetSaving(), b.year1NetSaving(), 1e-9);
            assertEquals(a.npv(), b.npv(), 1e-9);
            assertEquals(a.bcr(), b.bcr());
            assertEquals(a.paybackYear(), b.paybackYear());
            assertEquals(a.valueForMoney(), b.valueForMoney());
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.agencyNpv(), b.agencyNpv(), 1e-9);
        }
    }
}
