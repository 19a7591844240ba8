package org.journeyworkbench.bench;

import java.util.concurrent.TimeUnit;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The window's quick run after each edit (ui.uncertainty.QuickRun): on the JavaFX thread only the ranges are
 * fitted ({@code fit}); the 2,048 samples of the NPV run on one background thread ({@code quickRun}). The
 * Barnet sample as it ships: ten illustrative ranges and one correlation, as in the README's pictures.
 * Run: {@code /tmp/jw-mvn.sh -o -Pbench test-compile exec:exec -Dbench.args="QuickRunBenchmark -f 1 -wi 5 -i 10 -w 1s -r 1s"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class QuickRunBenchmark {
    private Calculation calc;
    private UncertainInputs ranges;
    private MonteCarlo.Settings settings;

    @Setup
    public void setUp() {
        calc = Calculation.compile(CalculationBenchmark.barnet());
        ranges = UncertainInputs.of(calc, Scenario.base());
        settings = new MonteCarlo.Settings(2_048, MonteCarlo.Settings.DEFAULT_SEED, 1);
        if (ranges.size() != 10) {
            throw new IllegalStateException("expected the sample's ten ranges, got " + ranges.size());
        }
    }

    /** What the JavaFX thread does per edit: fit the scenario's ranges to the compiled calculation. */
    @Benchmark
    public UncertainInputs fit() {
        return UncertainInputs.of(calc, Scenario.base());
    }

    /** What the background thread does per edit: 2,048 samples of the NPV on one thread. */
    @Benchmark
    public SimulationResult quickRun() {
        return MonteCarlo.run(ranges, Metric.npv(), settings);
    }
}
