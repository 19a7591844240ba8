package org.journeyworkbench.engine.calc;

import java.util.List;

/** One expression worked out on its own, by the same evaluator the compiled calculation uses. */
public final class Expressions {
    private Expressions() {
    }

    /** The value of an expression of constants (no inputs, no cells). */
    public static double value(Expr e) {
        Evaluator evaluator = new Evaluator(0, List.of(e));
        double[] values = new double[evaluator.size()];
        evaluator.run(values, evaluator.codeLength(), new double[evaluator.stackSize()]);
        return values[evaluator.index(0)];
    }
}
