package org.journeyworkbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Barnet model through the compiled calculation, side by side with the old-style one-off
 * {@code Engine.compute} and with Apache POI recalculating the exported workbook, in one run so the ratios
 * are taken on the same machine at the same moment. The compiled evaluations change an input in place on
 * every call (the arrest unit cost alternates between two values), as a slider drag or a Monte Carlo draw
 * does. Run: {@code /tmp/jw-mvn.sh -o -Pbench test-compile exec:exec -Dbench.args="CalculationBenchmark ..."}
 * (see docs/performance.md); add {@code -prof gc} for the allocation per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalculationBenchmark {
    static final String ARREST = "stages.arrest.unitCost";

    static JourneyModel barnet() {
        return ModelFiles.read(Path.of("sample-models/barnet-2012.json"));
    }

    /** One thread's compiled Barnet: the base case bound once, an input changed in place per call. */
    @State(Scope.Thread)
    public static class Compiled {
        Calculation calc;
        double[] values;
        double[] scratch;
        int arrest;
        double low;
        double high;
        boolean flip;

        @Setup
        public void compile() {
            calc = Calculation.compile(barnet());
            values = calc.bind(Scenario.base());
            scratch = calc.newScratch();
            arrest = calc.slots().find(ARREST);
            if (arrest < 0) {
                throw new IllegalStateException("no slot for " + ARREST);
            }
            low = values[arrest];
            high = low + 170;
            // The input must move the result, or the benchmark would measure nothing worth having.
            values[arrest] = low;
            calc.evaluate(values, scratch);
            double net = calc.netSystemSaving(values);
            double npv = calc.npv(values);
            values[arrest] = high;
            calc.evaluate(values, scratch);
            if (calc.netSystemSaving(values) == net || calc.npv(values) == npv) {
                throw new IllegalStateException(ARREST + " does not move the net saving and the NPV");
            }
        }

        double nextArrestCost() {
            flip = !flip;
            return flip ? low : high;
        }
    }

    /** Every Barnet scenario (base case and the model's two), each bound once. */
    @State(Scope.Thread)
    public static class AllScenarios {
        Calculation calc;
        double[][] values;
        double[] scratch;

        @Setup
        public void bind() {
            JourneyModel model = barnet();
            calc = Calculation.compile(model);
            List<Scenario> scenarios = new ArrayList<>();
            scenarios.add(Scenario.base());
            scenarios.addAll(model.scenarios());
            if (scenarios.size() != 3) {
                throw new IllegalStateException("expected the base case and 2 scenarios, got " + scenarios.size());
            }
            values = new double[scenarios.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = calc.bind(scenarios.get(i));
            }
            scratch = calc.newScratch();
        }
    }

    /** The exported Barnet workbook and a POI evaluator over it; checked once against the engine. */
    @State(Scope.Thread)
    public static class Poi {
        XSSFWorkbook workbook;
        XSSFFormulaEvaluator evaluator;
        Cell net;

        @Setup
        public void export() {
            JourneyModel model = barnet();
            double expected = Engine.compute(model).netSystemSaving();
            workbook = ExcelExport.build(model, null);
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            net = findFormulaCell(workbook, expected);
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            if (Math.abs(net.getNumericCellValue() - expected) > 0.005) {
                throw new IllegalStateException("POI's net saving " + net.getNumericCellValue()
                        + " is not the engine's " + expected);
            }
        }

        @TearDown(Level.Trial)
        public void close() throws java.io.IOException {
            workbook.close();
        }

        private static Cell findFormulaCell(XSSFWorkbook wb, double value) {
            for (Row row : wb.getSheet("Summary")) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC
                            && Math.abs(c.getNumericCellValue() - value) < 0.005) {
                        return c;
                    }
                }
            }
            throw new IllegalStateException("no formula cell on Summary holds the net saving " + value);
        }
    }

    @State(Scope.Benchmark)
    public static class Model {
        JourneyModel barnet = barnet();
    }

    /** Aim 2: the first-year table only (the slides' table and the Level 1 formula), an input changed. */
    @Benchmark
    public double compiledFirstYear(Compiled s) {
        s.values[s.arrest] = s.nextArrestCost();
        s.calc.evaluateFirstYear(s.values, s.scratch);
        return s.calc.netSystemSaving(s.values);
    }

    /** Aims 1 and 2: every cell, the five-year Green Book appraisal included, an input changed. */
    @Benchmark
    public double compiledFull(Compiled s) {
        s.values[s.arrest] = s.nextArrestCost();
        s.calc.evaluate(s.values, s.scratch);
        return s.calc.npv(s.values);
    }

    /** The five-year appraisal's headline only (what options and Monte Carlo evaluate). */
    @Benchmark
    public double compiledHeadline(Compiled s) {
        s.values[s.arrest] = s.nextArrestCost();
        s.calc.evaluateHeadline(s.values, s.scratch);
        return s.calc.npv(s.values);
    }

    /** Aim 4: the full five-year appraisal of the base case and both scenarios. */
    @Benchmark
    public void compiledAllScenarios(AllScenarios s, Blackhole bh) {
        for (double[] v : s.values) {
            s.calc.evaluate(v, s.scratch);
            bh.consume(s.calc.npv(v));
            bh.consume(s.calc.netSystemSaving(v));
        }
    }

    /** Aim 1, for comparison: the old one-off path (compile, bind, evaluate, read the whole Result). */
    @Benchmark
    public Result engineCompute(Model m) {
        return Engine.compute(m.barnet);
    }

    /** Aim 1: Apache POI recalculating every formula of the exported Barnet workbook. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double poiRecalculate(Poi p) {
        p.evaluator.clearAllCachedResultValues();
        p.evaluator.evaluateAll();
        return p.net.getNumericCellValue();
    }
}
