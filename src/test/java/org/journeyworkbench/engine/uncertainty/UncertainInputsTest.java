package org.journeyworkbench.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** Ranges checked against the inputs they are on; correlations that cannot hold together refused. */
class UncertainInputsTest {
    private static final String ARREST = "stages.arrest.unitCost";
    private static final String CAUTION = "stages.caution.unitCost";
    private static final String COURT = "stages.court.unitCost";

    private static JourneyModel barnet(Uncertainty u) {
        return Samples.barnet().withUncertainty(u);
    }

    @Test
    void aRangeOutsideTheInputsValidRangeIsRefusedNamingTheField() {
        Uncertainty u = Uncertainty.none().withDistribution("transitions.arrest-caution.rate",
                new Distribution.Uniform(0.2, 1.2));
        JourneyModel m = barnet(u);
        ModelException e = assertThrows(ModelException.class, () -> UncertainInputs.of(Calculation.compile(m), null));
        assertEquals("uncertainty.transitions.arrest-caution.rate", e.field());
        assertEquals("the range 20% to 120% goes above 100%, the highest a rate can be", e.problem());

        ModelException below = assertThrows(ModelException.class, () -> UncertainInputs.check(Calculation.compile(m),
                ARREST, new Distribution.Triangular(-100, 1930, 2500)));
        assertEquals(ARREST, below.field());
        assertTrue(below.problem().contains("goes below £0, the lowest a cost can be"), below.problem());
    }

    @Test
    void aSwitchCannotCarryARange() {
        Calculation calc = Calculation.compile(Samples.barnet());
        ModelException e = assertThrows(ModelException.class, () -> UncertainInputs.check(calc,
                "initiatives.njp.enabled", new Distribution.Uniform(0, 1)));
        assertTrue(e.problem().contains("switch"), e.problem());
    }

    @Test
    void aNormalIsCutOffAtTheValidRange() {
        Calculation calc = Calculation.compile(Samples.barnet());
        FittedDistribution f = UncertainInputs.fit(calc, "transitions.arrest-caution.rate",
                new Distribution.Normal(0.95, 0.2));
        assertEquals(1.0, f.highest());
        assertTrue(f.quantile(0.99) <= 1.0);
        assertTrue(f.quantile(0.01) >= 0.0);
    }

    @Test
    void correlationsThatCannotHoldTogetherAreExplained() {
        Uncertainty u = Uncertainty.none()
                .withDistribution(ARREST, new Distribution.Uniform(1500, 2500))
                .withDistribution(CAUTION, new Distribution.Uniform(400, 600))
                .withDistribution(COURT, new Distribution.Uniform(600, 900))
                .withCorrelation(new Correlation(ARREST, CAUTION, 0.9))
                .withCorrelation(new Correlation(CAUTION, COURT, 0.9))
                .withCorrelation(new Correlation(ARREST, COURT, -0.9));
        ModelException e = assertThrows(ModelException.class,
                () -> UncertainInputs.of(Calculation.compile(barnet(u)), null));
        assertEquals("correlations", e.field());
        assertTrue(e.problem().contains("cannot all hold at once"), e.problem());
    }

    @Test
    void aCorrelationOutsideMinusOneToOneIsRefused() {
        ModelException e = assertThrows(ModelException.class, () -> new Correlation(ARREST, CAUTION, 1.5));
        assertEquals("correlation", e.field());
        assertTrue(e.problem().contains("between -1 and 1"), e.problem());
    }

    @Test
    void aScenarioOverridesTheModelsRangesEntryByEntry() {
        Uncertainty model = Uncertainty.none()
                .withDistribution(ARREST, new Distribution.Uniform(1500, 2500))
                .withDistribution(CAUTION, new Distribution.Uniform(400, 600))
                .withCorrelation(new Correlation(ARREST, CAUTION, 0.6));
        Scenario s = new Scenario("Narrow", "", Map.of(), Map.of(), Uncertainty.none()
                .withDistribution(ARREST, new Distribution.Uniform(1800, 2000))
                .withDistribution(CAUTION, new Distribution.Fixed()));
        JourneyModel m = barnet(model).withScenarios(List.of(s));
        UncertainInputs in = UncertainInputs.of(Calculation.compile(m), s);
        assertEquals(1, in.size());
        assertEquals(new Distribution.Uniform(1800, 2000), in.distribution(ARREST).spec());
        assertEquals(1, in.notes().size(), "the correlation with the now-fixed caution cost has no effect");
        assertNotNull(UncertainInputs.of(Calculation.compile(m), null).distribution(CAUTION));
    }

    @Test
    void aMetricReadsTheHeadlineFigures() {
        Calculation calc = Calculation.compile(Samples.barnet());
        double[] v = calc.bind(null);
        calc.evaluateHeadline(v, calc.newScratch());
        var h = calc.headline(v);
        assertEquals(h.year1NetSaving(), v[Metric.year1().index(calc)]);
        assertEquals(h.npv(), v[Metric.npv().index(calc)]);
        assertEquals(h.agencyNpv()[0], v[Metric.agencyNpv(calc.model().agencies().get(0).id()).index(calc)]);
        assertEquals(Metric.agencyNpv("police"), Metric.parse("NPV:Police", calc.model()));
        ModelException e = assertThrows(ModelException.class, () -> Metric.parse("irr", calc.model()));
        assertEquals("metric", e.field());
    }
}
