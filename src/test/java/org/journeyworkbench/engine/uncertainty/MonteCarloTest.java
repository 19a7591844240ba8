package org.journeyworkbench.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** Monte Carlo with answers known by hand. */
class MonteCarloTest {
    private static final String ARREST = "stages.arrest.unitCost";
    private static final String CAUTION = "stages.caution.unitCost";

    private static UncertainInputs ranges(Uncertainty u) {
        return UncertainInputs.of(Calculation.compile(Samples.barnet().withUncertainty(u)), null);
    }

    private static double year1(double arrest) {
        JourneyModel m = Samples.barnet();
        Scenario s = new Scenario("check", "", Map.of(ARREST, arrest), Map.of());
        Calculation c = Calculation.compile(m, s);
        double[] v = c.bind(s);
        c.evaluateHeadline(v, c.newScratch());
        return v[Metric.year1().index(c)];
    }

    @Test
    void aFigureLinearInOneUniformInputHasTheMeanAndPercentilesOfTheFormula() {
        // year1 = a + b x with x ~ U(1500, 2500): mean a + 2000 b; P10 and P90 at x = 1600 and 2400 (or the
        // other way round when b < 0); sd |b| 1000 / sqrt(12).
        int n = 40_000;
        double a0 = year1(0);
        double b = (year1(1000) - a0) / 1000;
        SimulationResult r = MonteCarlo.run(ranges(Uncertainty.none()
                .withDistribution(ARREST, new Distribution.Uniform(1500, 2500))), Metric.year1(),
                new MonteCarlo.Settings(n, 7, 2));
        double sd = Math.abs(b) * 1000 / Math.sqrt(12);
        double meanTolerance = 4 * sd / Math.sqrt(n);
        // a percentile's standard error: sqrt(p (1 - p) / n) / density, the density of year1 being 1 / (|b| 1000)
        double pTolerance = 4 * Math.sqrt(0.1 * 0.9 / n) * Math.abs(b) * 1000;
        Summary s = r.summary();
        assertEquals(a0 + 2000 * b, s.mean(), meanTolerance);
        assertEquals(sd, s.sd(), 0.02 * sd);
        assertEquals(a0 + b * (b > 0 ? 1600 : 2400), s.p10(), pTolerance);
        assertEquals(a0 + b * (b > 0 ? 2400 : 1600), s.p90(), pTolerance);
        assertEquals(s.sd() / Math.sqrt(n), s.standardError(), 1e-9 * sd);
        assertEquals(year1(1930), r.deterministic(), 1e-6);
        assertEquals(n, s.histogram().stream().mapToLong(Summary.Bin::count).sum());
    }

    @Test
    void withEveryInputFixedEveryPercentileIsTheDeterministicFigure() {
        SimulationResult r = MonteCarlo.run(ranges(Uncertainty.none()), Metric.npv(),
                new MonteCarlo.Settings(1000, 1, 1));
        assertEquals(r.deterministic(), r.summary().p10());
        assertEquals(r.deterministic(), r.summary().p90());
        assertEquals(r.deterministic(), r.summary().p50());
        assertEquals(0, r.summary().sd());
        assertEquals(r.deterministic(), r.summary().mean());
        assertEquals(1.0, r.summary().probabilityPositive());
        assertEquals(1, r.summary().histogram().size());
    }

    private static Uncertainty correlated() {
        return Uncertainty.none()
                .withDistribution(ARREST, new Distribution.Triangular(1500, 1930, 2500))
                .withDistribution(CAUTION, new Distribution.Pert(400, 492, 650))
                .withDistribution("transitions.arrest-caution.rate", new Distribution.Normal(0.3, 0.05))
                .withDistribution("stages.custody.unitCost", new Distribution.Lognormal(19000, 3000))
                .withCorrelation(new Correlation(ARREST, CAUTION, 0.6));
    }

    @Test
    void theSameSeedGivesTheSameFiguresOnOneThreadOrTwo() {
        UncertainInputs in = ranges(correlated());
        MonteCarlo.Settings s = new MonteCarlo.Settings(5000, 42, 1); // three blocks, the last one short
        SimulationResult one = MonteCarlo.run(in, Metric.npv(), s);
        SimulationResult two = MonteCarlo.run(in, Metric.npv(), s.withThreads(2));
        assertArrayEquals(one.values(), two.values());
        assertEquals(one.summary(), two.summary());
        assertEquals(one.byAgency(), two.byAgency());
        SimulationResult other = MonteCarlo.run(in, Metric.npv(), s.withSeed(43));
        assertNotEquals(one.summary().mean(), other.summary().mean());
    }

    @Test
    void correlatedInputsHaveTheAskedForRankCorrelationAndKeepTheirOwnDistributions() {
        int n = 20_000;
        UncertainInputs in = ranges(correlated());
        double[][] draws = MonteCarlo.draws(in, new MonteCarlo.Settings(n, 3, 1));
        int arrest = index(in, ARREST);
        int caution = index(in, CAUTION);
        int custody = index(in, "stages.custody.unitCost");
        SpearmansCorrelation rank = new SpearmansCorrelation();
        assertEquals(0.6, rank.correlation(draws[arrest], draws[caution]), 0.03);
        assertEquals(0.0, rank.correlation(draws[arrest], draws[custody]), 0.03);
        // the triangle's mean (low + mode + high) / 3 and the PERT's (low + 4 mode + high) / 6, kept
        assertEquals((1500 + 1930 + 2500) / 3.0, mean(draws[arrest]), 4 * 205 / Math.sqrt(n));
        assertEquals((400 + 4 * 492 + 650) / 6.0, mean(draws[caution]), 4 * 45 / Math.sqrt(n));
        for (double x : draws[index(in, "transitions.arrest-caution.rate")]) {
            assertTrue(x >= 0 && x <= 1);
        }
    }

    @Test
    void progressIsReportedAndARunCanBeStopped() {
        UncertainInputs in = ranges(correlated());
        AtomicLong last = new AtomicLong();
        MonteCarlo.run(in, Metric.npv(), new MonteCarlo.Settings(10_000, 1, 2), (done, total) -> {
            last.accumulateAndGet(done, Math::max);
            assertEquals(10_000, total);
        }, () -> false);
        assertEquals(10_000, last.get());

        AtomicBoolean stop = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> MonteCarlo.run(in, Metric.npv(),
                new MonteCarlo.Settings(1_000_000, 1, 2), (done, total) -> stop.set(true), stop::get));
    }

    @Test
    void followersMoveWithASampledParent() {
        // short-custody's and released's rates out of court follow the journey's in the base case; a range on
        // the journey's must reach them, as a scenario setting the journey's rate would.
        String rate = "transitions.court-custody.rate";
        UncertainInputs in = ranges(Uncertainty.none().withDistribution(rate, new Distribution.Uniform(0.05, 0.15)));
        double[] draws = MonteCarlo.draws(in, new MonteCarlo.Settings(3, 9, 1))[0];
        SimulationResult r = MonteCarlo.run(in, Metric.npv(), new MonteCarlo.Settings(3, 9, 1));
        for (int i = 0; i < 3; i++) {
            Scenario s = new Scenario("check", "", Map.of(rate, draws[i]), Map.of());
            Calculation c = Calculation.compile(Samples.barnet(), s);
            double[] v = c.bind(s);
            c.evaluateHeadline(v, c.newScratch());
            assertEquals(v[Metric.npv().index(c)], r.values()[i], 1e-6);
        }
    }

    private static int index(UncertainInputs in, String address) {
        for (int k = 0; k < in.size(); k++) {
            if (in.address(k).equals(address)) {
                return k;
            }
        }
        throw new AssertionError(address);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
