package org.journeyworkbench.engine.calc;

/**
 * The general case of the {@link Evaluator}: a cell that fits none of its instructions (rare: a Level 1 formula
 * with a division, say) runs as stack code (push a value, add the top n, divide...). It keeps every
 * {@link Expr} computable whatever its shape, and it is the reference the instructions are checked against
 * ({@code EvaluatorTest}). {@link CodeWriter#stack} writes the code.
 */
final class StackMachine {
    static final int PUSH_CONST = 0;
    static final int PUSH = 1;
    static final int ADD = 2;
    static final int MUL = 3;
    static final int NEG = 4;
    static final int SUB = 5;
    static final int DIV = 6;
    static final int RATIO = 7;
    static final int LESS = 8;
    static final int IF_NON_NEGATIVE = 9;
    static final int MIN = 10;
    static final int BAND = 11;

    private StackMachine() {
    }

    /** Runs one cell's stack code {@code c[from..to)} over {@code v}, with {@code s} as the stack. */
    static double run(double[] v, int[] c, double[] consts, int from, int to, double[] s) {
        int sp = 0;
        int pc = from;
        while (pc < to) {
            switch (c[pc++]) {
                case PUSH_CONST -> s[sp++] = consts[c[pc++]];
                case PUSH -> s[sp++] = v[c[pc++]];
                case ADD -> {
                    int n = c[pc++];
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        sum += s[--sp];
                    }
                    s[sp++] = sum;
                }
                case MUL -> {
                    int n = c[pc++];
                    double p = 1;
                    for (int k = 0; k < n; k++) {
                        p *= s[--sp];
                    }
                    s[sp++] = p;
                }
                case NEG -> s[sp - 1] = 0.0 - s[sp - 1];
                case SUB -> {
                    double b = s[--sp];
                    s[sp - 1] = s[sp - 1] - b;
                }
                case DIV -> {
                    double b = s[--sp];
                    s[sp - 1] = s[sp - 1] / b;
                }
                case RATIO -> {
                    double b = s[--sp];
                    s[sp - 1] = b == 0 ? Double.NaN : s[sp - 1] / b;
                }
                case LESS -> {
                    double b = s[--sp];
                    s[sp - 1] = s[sp - 1] < b ? 1 : 0;
                }
                case IF_NON_NEGATIVE -> {
                    double otherwise = s[--sp];
                    double then = s[--sp];
                    double test = s[sp - 1];
                    s[sp - 1] = test >= 0 ? then : otherwise;
                }
                case MIN -> {
                    int n = c[pc++];
                    double min = Double.NaN;
                    for (int k = 0; k < n; k++) {
                        double x = s[--sp];
                        if (!Double.isNaN(x) && (Double.isNaN(min) || x < min)) {
                            min = x;
                        }
                    }
                    s[sp++] = min;
                }
                case BAND -> {
                    int n = c[pc++];
                    int first = c[pc++];
                    double x = s[sp - 1];
                    if (!Double.isNaN(x)) {
                        int band = 0;
                        for (int k = 0; k < n; k++) {
                            if (x >= consts[first + k]) {
                                band = k + 1;
                            }
                        }
                        s[sp - 1] = band;
                    }
                }
                default -> throw new IllegalStateException("bad code at " + (pc - 1));
            }
        }
        return s[0];
    }
}
