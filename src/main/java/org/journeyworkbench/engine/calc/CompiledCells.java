package org.journeyworkbench.engine.calc;

/**
 * An evaluator's code translated into Java bytecode by {@link BytecodeCompiler}: the same cells, computed in
 * the same order with the same arithmetic, as straight-line code with every operand's place written into it.
 * The arguments are the values array (constants already copied in), the evaluator's code and constants (which
 * the rare general cells still read), and scratch space for the stack.
 */
interface CompiledCells {
    /** Computes the cells before the evaluator's boundary (the first year). */
    void firstPart(double[] values, int[] code, double[] consts, double[] stack);

    /** Computes the cells from the boundary on (the appraisal). */
    void lastPart(double[] values, int[] code, double[] consts, double[] stack);
}
