package org.journeyworkbench.engine.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * On Barnet every target group whose cases are arrested has an arrest rate of its own, so the journey's
 * own "% of call-outs arrested" moves nothing: the compiled calculation says so, and moving it proves it.
 */
class InputUseTest {
    private static final JourneyModel BARNET = Samples.barnet();
    private static final String JOURNEY_ARREST = InputAddress.transitionRate("callout-arrest").toString();
    private static final String ASB_ARREST = InputAddress.groupRate("asb", "callout-arrest").toString();

    @Test
    void theJourneysArrestRateIsUnusedAndAGroupsOwnIsUsed() {
        InputUse use = InputUse.of(Calculation.compile(BARNET), Scenario.base());

        assertFalse(use.used(JOURNEY_ARREST));
        assertTrue(use.used(ASB_ARREST));
        assertTrue(use.unused().contains(JOURNEY_ARREST));
        assertFalse(use.unused().contains(ASB_ARREST));
    }

    @Test
    void movingAnUnusedInputLeavesTheNetSavingAndMovingAUsedOneChangesIt() {
        Calculation calc = Calculation.compile(BARNET);
        double before = netSaving(calc, Scenario.base());

        assertEquals(before, netSaving(calc, Scenario.base().withOverride(JOURNEY_ARREST, 0.9)), 1e-6);
        assertNotEquals(before, netSaving(calc, Scenario.base().withOverride(ASB_ARREST, 0.9)), 1.0);
    }

    @Test
    void everyInputItCallsUnusedLeavesTheNetSavingWhereItWas() {
        Calculation calc = Calculation.compile(BARNET);
        InputUse use = InputUse.of(calc, Scenario.base());
        double before = netSaving(calc, Scenario.base());
        double npv = npv(calc, Scenario.base());

        assertFalse(use.unused().isEmpty());
        for (String address : use.unused()) {
            int slot = calc.slots().find(address);
            double value = calc.slots().input(slot).value();
            // Halving a rate keeps the rates out of its stage within 100%; anything else doubles.
            double moved = calc.slots().max(slot) > 1 ? value * 2 + 1 : value > 0 ? value / 2 : 0.01;
            Scenario s = Scenario.base().withOverride(address, moved);
            assertEquals(before, netSaving(calc, s), 1e-6, address);
            assertEquals(npv, npv(calc, s), 1e-6, address);
        }
    }

    @Test
    void saysWhyInTheGroupsNames() {
        InputUse use = InputUse.of(Calculation.compile(BARNET), Scenario.base());

        assertEquals("every group that gets here sets its own — ASB perpetrators and low-level "
                + "offenders, Individuals at risk of offending", use.whyUnused(JOURNEY_ARREST));
        assertNull(use.whyUnused(ASB_ARREST));
        // ASB has no CPS → court rate of its own: its field shows the journey's, and giving it one is used.
        assertNull(use.whyUnused(InputAddress.groupRate("asb", "cps-court").toString()));
    }

    @Test
    void aGroupsRateThatOnlyAScenarioSetsFollowsTheJourneysSoTheJourneysIsUsedUntilTheScenarioSetsIt() {
        // No group has its own CPS → court rate; a scenario gives the three groups that get there one each.
        String asb = InputAddress.groupRate("asb", "cps-court").toString();
        String atRisk = InputAddress.groupRate("at-risk", "cps-court").toString();
        String alcohol = InputAddress.groupRate("alcohol", "cps-court").toString();
        Scenario own = new Scenario("Own court rates", "", Map.of(asb, 0.5, atRisk, 0.5, alcohol, 0.5), Map.of());
        Calculation calc = Calculation.compile(BARNET.withScenarios(List.of(own)));
        String journey = InputAddress.transitionRate("cps-court").toString();

        assertTrue(InputUse.of(calc, Scenario.base()).used(journey));
        assertTrue(InputUse.of(calc, Scenario.base()).used(asb));
        assertFalse(InputUse.of(calc, own).used(journey));
        assertEquals(netSaving(calc, own), netSaving(calc, own.withOverride(journey, 0.2)), 1e-6);
        assertNotEquals(netSaving(calc, Scenario.base()),
                netSaving(calc, Scenario.base().withOverride(journey, 0.2)), 1.0);
    }

    @Test
    void aDiscountRateForYearsPastThePeriodSaysSo() {
        InputUse use = InputUse.of(Calculation.compile(BARNET), Scenario.base());

        assertEquals("the appraisal period ends before these years", use.whyUnused("appraisal.discountRates.1.rate"));
        assertTrue(use.used("appraisal.discountRates.0.rate"));
    }

    private static double netSaving(Calculation calc, Scenario s) {
        double[] v = calc.bind(s);
        calc.evaluate(v, calc.newScratch());
        return calc.netSystemSaving(v);
    }

    private static double npv(Calculation calc, Scenario s) {
        double[] v = calc.bind(s);
        calc.evaluate(v, calc.newScratch());
        return calc.npv(v);
    }
}
