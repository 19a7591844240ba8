package org.journeyworkbench.engine.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.GeneratedModels;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * The bytecode a hot calculation is translated into computes every cell exactly as the interpreter does, bit for
 * bit: every sample model and scenario, generated journeys large enough to need many methods, and every
 * instruction (the general stack included), for the full, first-year and headline evaluations.
 */
class BytecodeCompilerTest {
    private static final double[] INPUTS = {3, 0.035, -5, 7, 0, 1.5, 0.5, Double.NaN};

    @Test
    void everySampleAndScenarioGivesTheInterpretersValuesBitForBit() {
        for (Path file : Samples.all()) {
            JourneyModel model = ModelFiles.read(file);
            List<Scenario> scenarios = new ArrayList<>(model.scenarios());
            scenarios.add(Scenario.base());
            for (Scenario s : scenarios) {
                sameAsInterpreter(model, s, file.getFileName() + ", " + s.name());
            }
        }
    }

    @Test
    void generatedJourneysSpreadOverManyMethodsGiveTheInterpretersValues() {
        for (long seed = 1; seed <= 3; seed++) {
            JourneyModel model = GeneratedModels.journey(60, 4, seed);
            sameAsInterpreter(model, Scenario.base(), "journey, seed " + seed);
        }
        Calculation calc = Calculation.compile(GeneratedModels.journey(60, 4, 1));
        Evaluator evaluator = new Evaluator(calc.slots().size(), calc.program().cells());
        assertTrue(evaluator.codeLength() > 4 * BytecodeCompiler.CHUNK_BYTES / 5,
                "the journey is big enough to need several generated methods");
    }

    private static void sameAsInterpreter(JourneyModel model, Scenario scenario, String what) {
        Calculation interpreted = Calculation.compile(model);
        Calculation translated = Calculation.compile(model);
        translated.translateNow();
        compare(interpreted, translated, scenario, Calculation::evaluate, what + ", every cell");
        compare(interpreted, translated, scenario, Calculation::evaluateFirstYear, what + ", first year");
        compare(interpreted, translated, scenario, Calculation::evaluateHeadline, what + ", headline");
    }

    private static void compare(Calculation interpreted, Calculation translated, Scenario scenario,
                                Evaluation evaluation, String what) {
        double[] expected = interpreted.bind(scenario);
        double[] got = translated.bind(scenario);
        evaluation.run(interpreted, expected, interpreted.newScratch());
        evaluation.run(translated, got, translated.newScratch());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(got[i]),
                    what + ": value " + i + " is " + got[i] + ", the interpreter's " + expected[i]);
        }
    }

    private interface Evaluation {
        void run(Calculation calc, double[] values, double[] scratch);
    }

    @Test
    void everyInstructionGivesTheInterpretersValue() {
        List<Expr> cells = new ArrayList<>();
        cells.add(new Expr.Less(new Expr.Const(2), Expr.in(0)));
        cells.add(Expr.ONE);
        int df = cells.size();
        cells.add(new Expr.Div(Expr.ref(1), Expr.add(Expr.ONE, Expr.in(1))));
        int negative = cells.size();
        cells.add(new Expr.IfNonNegative(Expr.in(2), new Expr.Const(4), Expr.NONE));
        int positive = cells.size();
        cells.add(new Expr.IfNonNegative(Expr.in(3), new Expr.Const(4), Expr.NONE));
        cells.add(new Expr.Ratio(Expr.in(3), Expr.in(4)));
        cells.add(new Expr.Ratio(Expr.in(3), Expr.in(2)));
        cells.add(new Expr.MinOf(List.of(new Expr.Ref(negative), new Expr.Ref(positive))));
        cells.add(new Expr.Band(Expr.in(5), AppraisalCompiler.VFM_FROM, AppraisalCompiler.VFM_LABELS));
        cells.add(new Expr.Band(Expr.in(7), AppraisalCompiler.VFM_FROM, AppraisalCompiler.VFM_LABELS));
        cells.add(new Expr.Sub(Expr.in(3), Expr.in(2)));
        cells.add(Expr.mul(Expr.in(3), Expr.in(2)));
        cells.add(Expr.add(Expr.in(3), Expr.in(2), Expr.ref(df)));
        cells.add(Expr.add(Expr.mul(Expr.in(3), Expr.in(2)), Expr.mul(Expr.in(1), Expr.in(5))));
        cells.add(Expr.add(Expr.mul(new Expr.Const(2.5), Expr.in(3), Expr.in(1)), new Expr.Neg(Expr.in(6))));
        cells.add(new Expr.Neg(new Expr.Neg(new Expr.Div(Expr.in(3), Expr.in(5))))); // the general stack
        cells.add(new Expr.Div(Expr.in(0), Expr.ZERO));
        Evaluator evaluator = new Evaluator(INPUTS.length, cells);
        double[] expected = values(evaluator);
        double[] got = values(evaluator);
        evaluator.run(expected, evaluator.codeLength(), new double[evaluator.stackSize()]);
        CompiledCells code = BytecodeCompiler.compile(evaluator, evaluator.codeLength());
        evaluator.copyConstants(got);
        code.firstPart(got, evaluator.code(), evaluator.consts(), new double[evaluator.stackSize()]);
        code.lastPart(got, evaluator.code(), evaluator.consts(), new double[evaluator.stackSize()]);
        for (int c = 0; c < cells.size(); c++) {
            int at = evaluator.index(c);
            assertEquals(Double.doubleToRawLongBits(expected[at]), Double.doubleToRawLongBits(got[at]),
                    "cell " + c + ": " + cells.get(c));
        }
        assertEquals(2.5 * 7 * 0.035 - 0.5, got[evaluator.index(14)], 1e-15, "a sum of products with a coefficient");
        assertEquals(7.0 / 1.5, got[evaluator.index(15)], 1e-15, "the general stack");
    }

    private static double[] values(Evaluator evaluator) {
        double[] v = new double[evaluator.size()];
        System.arraycopy(INPUTS, 0, v, 0, INPUTS.length);
        return v;
    }

    @Test
    void aCalculationSwitchesToBytecodeOnceHotAndKeepsItsFigures() {
        Calculation calc = Calculation.compile(Samples.barnet());
        double[] values = calc.bind(Scenario.base());
        double[] scratch = calc.newScratch();
        int arrest = calc.slots().find("stages.arrest.unitCost");
        double base = values[arrest];
        calc.evaluate(values, scratch);
        double npv = calc.npv(values);
        BiConsumer<Double, Integer> runs = (cost, times) -> {
            for (int k = 0; k < times; k++) {
                values[arrest] = cost;
                calc.evaluate(values, scratch);
            }
        };
        runs.accept(base + 100, Runner.HOT);
        assertNotEquals(npv, calc.npv(values), "the changed input moves the NPV");
        runs.accept(base, 1);
        assertEquals(npv, calc.npv(values), "the same NPV as interpreted, once translated");
        assertTrue(calc.translated(), "translated after " + Runner.HOT + " runs");
    }

    @Test
    void aProgramTooLargeIsNeverTranslated() {
        Calculation calc = Calculation.compile(GeneratedModels.journey(500, 5, 42));
        double[] values = calc.bind(Scenario.base());
        double[] scratch = calc.newScratch();
        for (int k = 0; k < Runner.HOT + 10; k++) {
            calc.evaluateFirstYear(values, scratch);
        }
        assertFalse(calc.translated());
    }
}
