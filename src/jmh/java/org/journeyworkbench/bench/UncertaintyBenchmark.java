package org.journeyworkbench.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.Sensitivity;
import org.journeyworkbench.engine.uncertainty.SensitivityResult;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.io.ModelFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 10's speed aims on the Barnet sample, whose file carries ten illustrative ranges (three PERT, three
 * triangular, a uniform, a normal, a lognormal) and one correlation between two of them:
 * 100,000 samples of the five-year NPV on one and two threads; the quick run after an edit (2,000 samples);
 * a full tornado of every Barnet input (ranges fitted, then every input swung and its switching value found).
 * Run: {@code /tmp/jw-mvn.sh -o -Pbench test-compile exec:exec -Dbench.args="UncertaintyBenchmark ..."}.
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
public class UncertaintyBenchmark {
    @Param({"1", "2"})
    int threads;

    Calculation calc;
    UncertainInputs ranges;

    @Setup
    public void compile() {
        calc = Calculation.compile(ModelFiles.read(Path.of("sample-models/barnet-2012.json")));
        ranges = UncertainInputs.of(calc, null);
        if (ranges.size() != 10 || ranges.uncertainty().correlations().size() != 1) {
            throw new IllegalStateException("expected ten ranges and one correlation in the Barnet sample");
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimulationResult npv100k() {
        return MonteCarlo.run(ranges, Metric.npv(), new MonteCarlo.Settings(100_000, 1, threads));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimulationResult quickRun2000() {
        return MonteCarlo.run(ranges, Metric.npv(), new MonteCarlo.Settings(2_000, 1, threads));
    }

    /** One thread only (the threads parameter does not apply): fitting the ranges and the whole tornado. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SensitivityResult tornado() {
        return Sensitivity.run(UncertainInputs.of(calc, null), Metric.npv());
    }
}
