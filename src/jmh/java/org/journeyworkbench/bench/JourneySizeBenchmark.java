package org.journeyworkbench.bench;

import java.util.concurrent.TimeUnit;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.calc.Calculation;
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
 * How the compiled calculation grows with the journey: generated journeys of 100, 1,000 and 10,000 stages
 * with 5 target groups and 5 initiatives ({@code GeneratedModels.journey(stages, 5, 42)}). Evaluation changes
 * an input in place on every call, as the Barnet benchmark does; compiling and the old one-off
 * {@code Engine.compute} are measured at the same sizes. See docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class JourneySizeBenchmark {
    @Param({"100", "1000", "10000"})
    int stages;

    JourneyModel model;
    Calculation calc;
    double[] values;
    double[] scratch;
    int slot;
    double low;
    double high;
    boolean flip;

    @Setup
    public void build() {
        model = GeneratedModels.journey(stages, 5, 42);
        calc = Calculation.compile(model);
        values = calc.bind(Scenario.base());
        scratch = calc.newScratch();
        // An input that moves both the first-year net saving and the NPV: the last stage's unit cost (every
        // journey ends there), else the first target group's cases.
        for (String address : new String[] {"stages.s" + (stages - 1) + ".unitCost", "targetGroups.g0.cases"}) {
            slot = calc.slots().find(address);
            if (slot >= 0 && moves(slot)) {
                return;
            }
        }
        throw new IllegalStateException("no input found that moves the result");
    }

    private boolean moves(int s) {
        low = values[s];
        high = low + 100;
        values[s] = low;
        calc.evaluate(values, scratch);
        double net = calc.netSystemSaving(values);
        double npv = calc.npv(values);
        values[s] = high;
        calc.evaluate(values, scratch);
        boolean moved = calc.netSystemSaving(values) != net && calc.npv(values) != npv;
        values[s] = low;
        return moved;
    }

    private double next() {
        flip = !flip;
        return flip ? high : low;
    }

    /** Every cell, the five-year appraisal included, an input changed in place. */
    @Benchmark
    public double evaluateFull() {
        values[slot] = next();
        calc.evaluate(values, scratch);
        return calc.npv(values);
    }

    /** Only what the headline figures need (options, sensitivity, Monte Carlo), the appraisal included. */
    @Benchmark
    public double evaluateHeadline() {
        values[slot] = next();
        calc.evaluateHeadline(values, scratch);
        return calc.npv(values);
    }

    /** The first-year table only, an input changed in place. */
    @Benchmark
    public double evaluateFirstYear() {
        values[slot] = next();
        calc.evaluateFirstYear(values, scratch);
        return calc.netSystemSaving(values);
    }

    /** Checking and compiling the model (what a change of the journey's shape costs before evaluating). */
    @Benchmark
    public Calculation compile() {
        return Calculation.compile(model);
    }

    /** The old one-off path: compile, bind, evaluate, read the whole Result. */
    @Benchmark
    public Result engineCompute() {
        return Engine.compute(model);
    }
}
