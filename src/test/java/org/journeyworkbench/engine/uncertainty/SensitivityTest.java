package org.journeyworkbench.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** Tornado and switching values on Barnet, checked against the scenario path (bind with overrides). */
class SensitivityTest {

    /** A headline figure computed the ordinary way: the scenario's overrides bound, then evaluated. */
    private static double figure(JourneyModel model, Metric metric, Map<String, Double> overrides) {
        Scenario s = new Scenario("check", "", overrides, Map.of());
        Calculation c = Calculation.compile(model, s);
        double[] v = c.bind(s);
        c.evaluateHeadline(v, c.newScratch());
        return v[metric.index(c)];
    }

    private static InputSwing find(SensitivityResult r, String address) {
        return r.inputs().stream().filter(i -> i.address().equals(address)).findFirst().orElseThrow();
    }

    private static SensitivityResult tornado(JourneyModel m, Metric metric) {
        return Sensitivity.run(UncertainInputs.of(Calculation.compile(m), null), metric);
    }

    /** Barnet without the sample's illustrative ranges: every input swung ±20%. */
    private static JourneyModel bare() {
        return Samples.barnet().withUncertainty(Uncertainty.none());
    }

    @Test
    void theSwitchingValueOfALinearInputIsWhereTheFigureIsZero() {
        // The first-year net saving is savings minus costs, a straight line in a unit cost:
        // saving(x) = saving(x0) + slope (x - x0), zero at x0 - saving(x0) / slope.
        JourneyModel m = bare();
        SensitivityResult r = tornado(m, Metric.year1());
        InputSwing arrest = find(r, "stages.arrest.unitCost");
        assertTrue(arrest.linear());
        double x0 = arrest.value();
        assertEquals(1930, x0);
        assertEquals(0.8 * 1930, arrest.low(), 1e-9);
        assertEquals(1.2 * 1930, arrest.high(), 1e-9);
        double atLow = figure(m, Metric.year1(), Map.of("stages.arrest.unitCost", 0.8 * 1930));
        double atHigh = figure(m, Metric.year1(), Map.of("stages.arrest.unitCost", 1.2 * 1930));
        assertEquals(atLow, arrest.metricAtLow(), 1e-6);
        assertEquals(atHigh, arrest.metricAtHigh(), 1e-6);
        double slope = (atHigh - atLow) / (0.4 * 1930);
        double byHand = x0 - r.base() / slope;
        if (byHand >= 0) {
            assertNotNull(arrest.switchingValue());
            assertEquals(byHand, arrest.switchingValue(), 1e-6 * Math.abs(byHand));
            assertEquals(0, figure(m, Metric.year1(), Map.of("stages.arrest.unitCost", arrest.switchingValue())),
                    1e-3);
        } else {
            assertNull(arrest.switchingValue());
        }
    }

    @Test
    void aSwitchingValueOutsideTheValidRangeIsNone() {
        // Barnet saves money in year one; a £0 arrest only changes the savings, it never makes them negative
        // when arrests avoided are positive, so raising it never crosses zero; lowering it to £0 does not either.
        JourneyModel m = bare();
        SensitivityResult r = tornado(m, Metric.year1());
        InputSwing custody = find(r, "stages.custody.unitCost");
        double slope = (custody.metricAtHigh() - custody.metricAtLow()) / (custody.high() - custody.low());
        double byHand = custody.value() - r.base() / slope;
        if (byHand < 0) {
            assertNull(custody.switchingValue());
            assertEquals("none within the input's valid range", custody.switchingValueText());
        } else {
            assertEquals(byHand, custody.switchingValue(), 1e-6 * byHand);
        }
    }

    @Test
    void aNonLinearInputsSwitchingValueIsFoundNumerically() {
        // The NPV is not a straight line in the discount rate; its switching value, where there is one, makes
        // the NPV zero, and otherwise the NPV keeps one sign across the whole valid range.
        JourneyModel m = Samples.barnet();
        SensitivityResult r = tornado(m, Metric.npv());
        InputSwing rate = find(r, "appraisal.discountRates.0.rate");
        assertFalse(rate.linear());
        if (rate.switchingValue() != null) {
            assertEquals(0, figure(m, Metric.npv(), Map.of(rate.address(), rate.switchingValue())), 1e-3);
        }
        InputSwing takeUp = find(r, "initiatives.conditional-cautions.takeUp");
        assertNotNull(takeUp);
    }

    @Test
    void theBarsAreWidestFirstAndLeaveOutSwitches() {
        SensitivityResult r = tornado(Samples.barnet(), Metric.npv());
        for (int k = 1; k < r.inputs().size(); k++) {
            assertTrue(r.inputs().get(k - 1).width() >= r.inputs().get(k).width());
        }
        assertTrue(r.inputs().stream().noneMatch(i -> i.address().endsWith(".enabled")));
        assertTrue(r.inputs().size() > 100, "every Barnet input but the switches and the period");
    }

    @Test
    void anInputWithARangeSwingsOverItsP10ToP90() {
        JourneyModel m = Samples.barnet().withUncertainty(Uncertainty.none()
                .withDistribution("stages.arrest.unitCost", new Distribution.Uniform(1500, 2500)));
        InputSwing arrest = find(tornado(m, Metric.year1()), "stages.arrest.unitCost");
        assertTrue(arrest.fromRange());
        assertEquals(1600, arrest.low(), 1e-9);
        assertEquals(2400, arrest.high(), 1e-9);
    }

    @Test
    void followersTheScenarioDoesNotSetMoveWithTheirParent() {
        // A scenario that sets the alcohol group's own court rate makes that rate a slot of its own, which in
        // the base case follows the journey's CPS-to-court rate. Swinging the journey's rate must move it too,
        // exactly as setting the journey's rate in a scenario does.
        String journey = "transitions.cps-court.rate";
        String group = "targetGroups.alcohol.rates.cps-court";
        JourneyModel m = Samples.barnet().withScenarios(List.of(
                new Scenario("Own rate", "", Map.of(group, 1.0), Map.of())));
        InputSwing swing = find(tornado(m, Metric.year1()), journey);
        double followed = figure(m, Metric.year1(), Map.of(journey, 0.8));
        double heldStill = figure(m, Metric.year1(), Map.of(journey, 0.8, group, 1.0));
        assertNotEquals(followed, heldStill, 1, "the group's rate matters to the result");
        assertEquals(followed, swing.metricAtLow(), 1e-6);

        // the optimism bias of each initiative follows the model's unless the initiative has its own
        InputSwing ob = find(tornado(Samples.barnet(), Metric.npv()), "appraisal.optimismBias.costs");
        assertEquals(figure(Samples.barnet(), Metric.npv(), Map.of(ob.address(), ob.high())), ob.metricAtHigh(), 1e-6);
        assertTrue(ob.width() > 0 || ob.value() == 0);
    }

    @Test
    void aScenariosOwnValueIsTheCentreOfItsSwing() {
        JourneyModel m = Samples.barnet();
        Scenario half = m.scenario("Half the arrests avoided by panels").orElseThrow();
        SensitivityResult r = Sensitivity.run(UncertainInputs.of(Calculation.compile(m), half), Metric.year1());
        assertEquals(0.5, find(r, "initiatives.njp.takeUp").value());
        assertEquals(figure(m, Metric.year1(), half.overrides()), r.base(), 1e-6);
    }
}
