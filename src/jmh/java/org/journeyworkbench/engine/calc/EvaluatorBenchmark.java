package org.journeyworkbench.engine.calc;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * The interpreter against the bytecode a hot calculation switches to, side by side in one run, so that the
 * ratio holds however loaded the shared machine is: every cell of a program, an input changed in place on every
 * call. {@code interpreted} runs the interpreter on every size; {@code translated} runs the translated code
 * (only small programs are translated, so it is measured on Barnet). The setup checks both give the same NPV,
 * bit for bit. (The evaluator as it was before the translation, compared in the 30 November runs recorded in
 * docs/performance.md, is at commit 6140fed: {@code PreviousEvaluator}, a copy kept only for that comparison.)
 * Run: {@code /tmp/jw-mvn.sh -o -Pbench test-compile exec:exec -Dbench.args="EvaluatorBenchmark ..."}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class EvaluatorBenchmark {
    /** "barnet", or a generated journey's number of stages. */
    @Param({"barnet", "100", "1000", "10000"})
    String program;

    Evaluator evaluator;
    CompiledCells translated;
    int boundary;
    double[] values;
    double[] stack;
    int slot;
    int npv;
    boolean flip;

    @Setup
    public void build() {
        JourneyModel model = program.equals("barnet")
                ? ModelFiles.read(Path.of("sample-models/barnet-2012.json"))
                : GeneratedModels.journey(Integer.parseInt(program), 5, 42);
        Calculation calc = Calculation.compile(model);
        Program p = calc.program();
        evaluator = new Evaluator(calc.slots().size(), p.cells(), null, p.firstYearCells());
        boundary = evaluator.codeEnd(p.firstYearCells());
        values = calc.bind(Scenario.base());
        stack = new double[evaluator.stackSize()];
        slot = calc.slots().find(program.equals("barnet") ? "stages.arrest.unitCost"
                : "stages.s" + (Integer.parseInt(program) - 1) + ".unitCost");
        npv = calc.index(calc.headlineCells().npv());
        double[] a = values.clone();
        evaluator.run(a, evaluator.codeLength(), stack);
        if (program.equals("barnet")) {
            translated = BytecodeCompiler.compile(evaluator, boundary);
            double[] c = values.clone();
            runTranslated(c);
            check(a[npv], c[npv], "the translated code");
        }
    }

    private static void check(double expected, double got, String what) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(got)) {
            throw new IllegalStateException(what + " gives an NPV of " + got + ", the interpreter " + expected);
        }
    }

    /** Moves a unit cost a little, as a slider or a Monte Carlo draw would. */
    private void change() {
        flip = !flip;
        values[slot] += flip ? 1 : -1;
    }

    private void runTranslated(double[] v) {
        evaluator.copyConstants(v);
        translated.firstPart(v, evaluator.code(), evaluator.consts(), stack);
        translated.lastPart(v, evaluator.code(), evaluator.consts(), stack);
    }

    @Benchmark
    public double interpreted() {
        change();
        evaluator.run(values, evaluator.codeLength(), stack);
        return values[npv];
    }

    /** Barnet only: the generated journeys are not translated here, and this returns at once (ignore it). */
    @Benchmark
    public double translated() {
        if (translated == null) {
            return 0;
        }
        change();
        runTranslated(values);
        return values[npv];
    }
}
