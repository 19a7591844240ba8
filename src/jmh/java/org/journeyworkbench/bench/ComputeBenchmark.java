package org.journeyworkbench.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.Result;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.GeneratedModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full recompute: what a slider move, a sensitivity step or a Monte Carlo draw costs.
 * Run: {@code mvn -Pbench test-compile exec:exec} (see docs/performance.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComputeBenchmark {

    @State(Scope.Benchmark)
    public static class Barnet {
        JourneyModel model;
        Scenario slider;

        @Setup
        public void load() {
            model = ModelFiles.read(Path.of("sample-models/barnet-2012.json"));
            // A scenario with an override, as a slider drag in a named scenario computes.
            slider = Scenario.base().withName("Slider").withOverride("stages.arrest.unitCost", 2100);
        }
    }

    @State(Scope.Benchmark)
    public static class Generated {
        @Param({"100", "1000", "10000"})
        int stages;
        JourneyModel model;
        /** Two models whose shapes differ (one stage renamed), so alternating forces a rebuild of the shape. */
        JourneyModel[] alternating;
        int next;

        @Setup
        public void build() {
            model = GeneratedModels.journey(stages, 5, 42);
            alternating = new JourneyModel[] {model, model.withStage("s0", s -> s.withName("Renamed"))};
        }
    }

    @Benchmark
    public Result barnetBaseCase(Barnet state) {
        return Engine.compute(state.model);
    }

    @Benchmark
    public Result barnetWithAnOverride(Barnet state) {
        return Engine.compute(state.model, state.slider);
    }

    /** A figure changed (slider, Monte Carlo draw): the journey's shape is reused. */
    @Benchmark
    public Result generatedJourney(Generated state) {
        return Engine.compute(state.model);
    }

    /** The journey's shape changed (a stage added, renamed or re-linked): everything is indexed again. */
    @Benchmark
    public Result generatedJourneyNewShape(Generated state) {
        state.next ^= 1;
        return Engine.compute(state.alternating[state.next]);
    }
}
