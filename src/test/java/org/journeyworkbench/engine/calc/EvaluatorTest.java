package org.journeyworkbench.engine.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's own instructions for the appraisal's shapes (period flags, discount factors, differences,
 * payback, BCR, value for money) give what the general stack gives, bit for bit, and the hand-worked answers.
 */
class EvaluatorTest {
    private static final double[] INPUTS = {3, 0.035, -5, 7, 0, 1.5, 0.5, Double.NaN};

    private final List<Expr> cells = new ArrayList<>();
    private final List<Double> expected = new ArrayList<>();

    /** A cell of the shape under test, then the same expression forced onto the stack (−(−e) is e exactly). */
    private int cell(Expr e, double answer) {
        cells.add(e);
        expected.add(answer);
        cells.add(new Expr.Neg(new Expr.Neg(e)));
        expected.add(answer);
        return cells.size() - 2;
    }

    private static Expr in(int slot) {
        return Expr.in(slot);
    }

    @Test
    void eachShapeGivesTheStacksAnswerAndTheHandWorkedOne() {
        cell(new Expr.Less(new Expr.Const(2), in(0)), 1);
        cell(new Expr.Less(new Expr.Const(3), in(0)), 0);
        cells.add(Expr.ONE);
        expected.add(1.0);
        int one = cells.size() - 1;
        int df1 = cell(new Expr.Div(Expr.ref(one), Expr.add(Expr.ONE, in(1))), 1 / 1.035);
        cell(new Expr.Div(Expr.ref(df1), Expr.add(Expr.ONE, in(1))), 1 / 1.035 / 1.035);
        int negative = cell(new Expr.IfNonNegative(in(2), new Expr.Const(4), Expr.NONE), Double.NaN);
        int positive = cell(new Expr.IfNonNegative(in(3), new Expr.Const(4), Expr.NONE), 4);
        int zero = cell(new Expr.IfNonNegative(in(4), new Expr.Const(2), Expr.NONE), 2);
        cell(new Expr.Ratio(in(3), in(4)), Double.NaN);
        cell(new Expr.Ratio(in(3), in(2)), -1.4);
        cell(new Expr.MinOf(List.of(new Expr.Ref(negative), new Expr.Ref(positive), new Expr.Ref(zero))), 2);
        cell(new Expr.MinOf(List.of(new Expr.Ref(negative))), Double.NaN);
        double[] from = AppraisalCompiler.VFM_FROM;
        cell(new Expr.Band(in(5), from, AppraisalCompiler.VFM_LABELS), 2); // a boundary goes up
        cell(new Expr.Band(in(6), from, AppraisalCompiler.VFM_LABELS), 0);
        cell(new Expr.Band(in(7), from, AppraisalCompiler.VFM_LABELS), Double.NaN);
        cell(new Expr.Band(in(3), from, AppraisalCompiler.VFM_LABELS), 4);
        cell(new Expr.Sub(in(3), in(2)), 12);
        cell(Expr.mul(in(3), in(2)), -35);

        Evaluator evaluator = new Evaluator(INPUTS.length, cells);
        double[] v = new double[evaluator.size()];
        System.arraycopy(INPUTS, 0, v, 0, INPUTS.length);
        evaluator.run(v, evaluator.codeLength(), new double[evaluator.stackSize()]);
        for (int c = 0; c < cells.size(); c++) {
            double got = v[evaluator.index(c)];
            assertEquals(expected.get(c), got, 1e-15, "cell " + c + ": " + cells.get(c));
            if (c + 1 < cells.size() && cells.get(c + 1) instanceof Expr.Neg n && n.inner() instanceof Expr.Neg nn
                    && nn.inner() == cells.get(c)) {
                assertEquals(Double.doubleToLongBits(v[evaluator.index(c + 1)]), Double.doubleToLongBits(got),
                        "the stack and the instruction differ for " + cells.get(c));
            }
        }
    }

    @Test
    void aBoundaryStopsTheFirstCellsRunBeforeTheLaterCells() {
        cells.add(Expr.mul(in(0), in(1)));
        cells.add(Expr.mul(in(0), in(3)));
        cells.add(Expr.mul(in(3), in(3)));
        Evaluator evaluator = new Evaluator(INPUTS.length, cells, null, 1);
        double[] v = new double[evaluator.size()];
        System.arraycopy(INPUTS, 0, v, 0, INPUTS.length);
        evaluator.run(v, evaluator.codeEnd(1), new double[evaluator.stackSize()]);
        assertEquals(3 * 0.035, v[evaluator.index(0)]);
        assertEquals(0, v[evaluator.index(1)]);
        assertEquals(0, v[evaluator.index(2)]);
        evaluator.run(v, evaluator.codeLength(), new double[evaluator.stackSize()]);
        assertEquals(21, v[evaluator.index(1)]);
        assertEquals(49, v[evaluator.index(2)]);
    }

    @Test
    void cellsThatAreAnInputAReferenceOrAConstantAreNotComputedButRead() {
        cells.add(in(3));
        cells.add(Expr.ref(0));
        cells.add(new Expr.Const(2.5));
        cells.add(Expr.mul(Expr.ref(1), Expr.ref(2)));
        Evaluator evaluator = new Evaluator(INPUTS.length, cells);
        double[] v = new double[evaluator.size()];
        System.arraycopy(INPUTS, 0, v, 0, INPUTS.length);
        evaluator.run(v, evaluator.codeLength(), new double[evaluator.stackSize()]);
        assertEquals(3, evaluator.index(0));
        assertEquals(3, evaluator.index(1));
        assertEquals(2.5, v[evaluator.index(2)]);
        assertEquals(17.5, v[evaluator.index(3)]);
        assertTrue(evaluator.index(2) >= INPUTS.length + cells.size(), "a constant sits after the cells");
    }

    @Test
    void aStagesCasesAndTheirAmountRunAsOneInstruction() {
        cells.add(Expr.add(Expr.mul(in(0), in(1)), Expr.mul(in(3), in(5))));
        cells.add(Expr.mul(Expr.ref(0), in(3)));
        Evaluator evaluator = new Evaluator(INPUTS.length, cells);
        assertEquals(Evaluator.PAIRS_THEN_PRODUCT, evaluator.code()[0]);
        double[] v = new double[evaluator.size()];
        System.arraycopy(INPUTS, 0, v, 0, INPUTS.length);
        evaluator.run(v, evaluator.codeLength(), new double[evaluator.stackSize()]);
        assertEquals(3 * 0.035 + 7 * 1.5, v[evaluator.index(0)], 1e-12);
        assertEquals((3 * 0.035 + 7 * 1.5) * 7, v[evaluator.index(1)], 1e-12);
        assertEquals(Double.doubleToRawLongBits(v[evaluator.index(0)] * 7),
                Double.doubleToRawLongBits(v[evaluator.index(1)]), "the amount is the cases as stored, times the cost");
    }
}
