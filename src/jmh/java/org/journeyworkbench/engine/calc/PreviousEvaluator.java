package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The evaluator as it was at commit 44133eb (30 November 2026), kept for benchmarks only, to measure the
 * current one against it side by side in one run ({@code EvaluatorBenchmark}). Not used by the application.
 *
 * <p>Runs a program's cells over one array of values: inputs first, then every cell, in order. The cells'
 * expressions are flattened once into an int code array: most cells are sums of products (a stage's cases,
 * an amount, a subtotal) and run as such; the few others (the discount factor, BCR, payback) run on a small
 * stack. Evaluation allocates nothing, so it can run millions of times (Monte Carlo, every option on every
 * slider step). A cell whose rule is a bare input is not evaluated: references to it read the input itself.
 */
final class PreviousEvaluator {
    // Cell instructions. The code is a list of runs, [op, count, then count cells' operands], so that consecutive
    // cells of the same shape (a year's columns, a stage's amounts) go round one tight loop without a dispatch
    // each. Operands are indexes into the values array: inputs, cells, and the constants the cells use, which
    // sit after the cells and are copied in at the start of every run.
    /** A sum of products with coefficients: [out, terms, then per term: factors, coefficient, factor...]. */
    static final int POLY = 0;
    /** Anything else, on a small stack: [out, length, stack code...]. */
    static final int STACK = 1;
    /** A plain sum of values (subtotals): [out, terms, value...]. */
    static final int SUM = 2;
    /** A sum of products of two values (a stage's cases, an amount): [out, terms, (a, b)...]. */
    static final int SUM_OF_PAIRS = 3;
    /** One product of two values (an amount, cases along a single arrow): [out, a, b]. */
    static final int PRODUCT = 4;
    /** One value less another (net figures, NPV): [out, a, b]. */
    static final int DIFFERENCE = 5;
    /** A chained discount factor, a ÷ (1 + b): [out, a, b]. */
    static final int DISCOUNT = 6;
    /** 1 when a < b, else 0 (a year inside the period): [out, a, b]. */
    static final int LESS_THAN = 7;
    /** then when test ≥ 0, else otherwise (paid back by a year): [out, test, then, otherwise]. */
    static final int IF_NON_NEGATIVE_THEN = 8;
    /** a ÷ b, "none" when b is 0 (the BCR): [out, a, b]. */
    static final int RATIO_OF = 9;
    /** The smallest value that is not "none" (the payback year): [out, n, value...]. */
    static final int MIN_OF = 10;
    /** Which band a value falls in (value for money): [out, a, bands, where its boundaries start in consts]. */
    static final int BAND_OF = 11;
    /** A product or a sum of pairs on its own, between cells of other shapes (as in a long journey): no count. */
    static final int ONE_PRODUCT = 12;
    static final int ONE_SUM_OF_PAIRS = 13;
    private static final int MAX_POLY_TERMS = 256;

    private static final int PUSH_CONST = 0;
    private static final int PUSH = 1;
    private static final int ADD = 2;
    private static final int MUL = 3;
    private static final int NEG = 4;
    private static final int SUB = 5;
    private static final int DIV = 6;
    private static final int RATIO = 7;
    private static final int LESS = 8;
    private static final int IF_NON_NEGATIVE = 9;
    private static final int MIN = 10;
    private static final int BAND = 11;

    private final int inputCount;
    private final int[] code;
    private final double[] consts;
    private final int stackSize;
    private final int[] cellIndex;
    /** Constants the cells use as operands, and where in the values array they go. */
    private final double[] operandConsts;
    private final int operandConstsAt;
    /** Where in {@link #code} each run starts, by its first cell; -1 for a cell inside a run or not computed. */
    private final int[] cellStart;

    PreviousEvaluator(int inputCount, List<Expr> cells) {
        this(inputCount, cells, null, -1);
    }

    /**
     * @param include  which cells to compute, or null for all: the others keep whatever the values array holds
     *                 (a headline evaluation leaves out the cells only the workbook and the diagram show)
     * @param boundary a cell at which a run must start, so that {@link #codeEnd} can stop there; -1 for none
     */
    PreviousEvaluator(int inputCount, List<Expr> cells, boolean[] include, int boundary) {
        this.inputCount = inputCount;
        // The constants every cell uses, numbered the same whatever is included, so that a headline evaluator
        // and a full one share one layout of the values array.
        List<Double> constants = new ArrayList<>();
        java.util.Map<Long, Integer> constantAt = new java.util.HashMap<>();
        for (Expr e : cells) {
            collectConstants(e, constants, constantAt);
        }
        operandConstsAt = inputCount + cells.size();
        operandConsts = constants.stream().mapToDouble(Double::doubleValue).toArray();
        cellIndex = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            Expr e = cells.get(c);
            cellIndex[c] = e instanceof Expr.In || e instanceof Expr.Ref || e instanceof Expr.Const
                    ? operand(e, constantAt) : inputCount + c;
        }
        Writer w = new Writer();
        int[] ops = new int[cells.size()];
        Object[] shapes = new Object[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            Expr e = cells.get(c);
            ops[c] = -1;
            if (cellIndex[c] != inputCount + c || (include != null && !include[c])) {
                continue;
            }
            int[] operands = shaped(e, constantAt, w);
            List<Term> poly = operands == null ? poly(e) : null;
            ops[c] = operands != null ? operands[0]
                    : poly != null && !poly.isEmpty() && allShaped(poly, 1) ? SUM
                    : poly != null && poly.size() == 1 && allShaped(poly, 2) ? PRODUCT
                    : poly != null && poly.size() == 2 && isDifference(poly) ? DIFFERENCE
                    : poly != null && !poly.isEmpty() && allShaped(poly, 2) ? SUM_OF_PAIRS
                    : poly != null ? POLY : STACK;
            shapes[c] = operands != null ? operands : poly;
        }
        cellStart = new int[cells.size()];
        Arrays.fill(cellStart, -1);
        int c = nextComputed(ops, 0);
        while (c < cells.size()) {
            // A run: this cell and the computed cells after it with the same instruction, up to the boundary.
            int op = ops[c];
            int length = 1;
            int last = c;
            for (int next = nextComputed(ops, c + 1); next < cells.size() && ops[next] == op
                    && !(c < boundary && next >= boundary); next = nextComputed(ops, next + 1)) {
                length++;
                last = next;
            }
            cellStart[c] = w.code.size;
            boolean single = length == 1 && (op == PRODUCT || op == SUM_OF_PAIRS);
            w.code.add(single ? (op == PRODUCT ? ONE_PRODUCT : ONE_SUM_OF_PAIRS) : op);
            if (!single) {
                w.code.add(length);
            }
            for (int k = c; k <= last; k = nextComputed(ops, k + 1)) {
                emit(w, k, op, shapes[k], cells.get(k));
            }
            c = nextComputed(ops, last + 1);
        }
        code = w.code.toArray();
        consts = w.consts.stream().mapToDouble(Double::doubleValue).toArray();
        stackSize = Math.max(4, w.maxDepth + 1);
    }

    private static int nextComputed(int[] ops, int from) {
        int c = from;
        while (c < ops.length && ops[c] < 0) {
            c++;
        }
        return c;
    }

    /** One cell's operands within its run: where it goes, then what its instruction reads. */
    @SuppressWarnings("unchecked")
    private void emit(Writer w, int cell, int op, Object shape, Expr e) {
        w.code.add(inputCount + cell);
        if (shape instanceof int[] operands) {
            for (int k = 1; k < operands.length; k++) {
                w.code.add(operands[k]);
            }
            return;
        }
        List<Term> poly = (List<Term>) shape;
        if (op == SUM) {
            w.code.add(poly.size());
            for (Term t : poly) {
                w.code.add(t.factors[0]);
            }
        } else if (op == PRODUCT || op == DIFFERENCE) {
            w.code.add(poly.get(0).factors[0]);
            w.code.add(poly.get(op == PRODUCT ? 0 : 1).factors[op == PRODUCT ? 1 : 0]);
        } else if (op == SUM_OF_PAIRS) {
            w.code.add(poly.size());
            for (Term t : poly) {
                w.code.add(t.factors[0]);
                w.code.add(t.factors[1]);
            }
        } else if (op == POLY) {
            w.code.add(poly.size());
            for (Term t : poly) {
                w.code.add(t.factors.length);
                w.code.add(w.constant(t.coef));
                for (int f : t.factors) {
                    w.code.add(f);
                }
            }
        } else {
            int lengthAt = w.code.size;
            w.code.add(0);
            w.stack(e);
            w.code.set(lengthAt, w.code.size - lengthAt - 1);
        }
    }

    /** The size of the values array: the inputs, one entry a cell, then the constants the cells use. */
    int size() {
        return operandConstsAt + operandConsts.length;
    }

    private static void collectConstants(Expr e, List<Double> constants, java.util.Map<Long, Integer> at) {
        if (e instanceof Expr.Const k) {
            at.computeIfAbsent(Double.doubleToRawLongBits(k.value()), bits -> {
                constants.add(k.value());
                return constants.size() - 1;
            });
        } else if (e instanceof Expr.Add a) {
            a.terms().forEach(t -> collectConstants(t, constants, at));
        } else if (e instanceof Expr.Mul m) {
            m.factors().forEach(f -> collectConstants(f, constants, at));
        } else if (e instanceof Expr.Neg n) {
            collectConstants(n.inner(), constants, at);
        } else if (e instanceof Expr.Sub x) {
            collectConstants(x.left(), constants, at);
            collectConstants(x.right(), constants, at);
        } else if (e instanceof Expr.Div d) {
            collectConstants(d.left(), constants, at);
            collectConstants(d.right(), constants, at);
        } else if (e instanceof Expr.Ratio r) {
            collectConstants(r.numerator(), constants, at);
            collectConstants(r.denominator(), constants, at);
        } else if (e instanceof Expr.Less l) {
            collectConstants(l.left(), constants, at);
            collectConstants(l.right(), constants, at);
        } else if (e instanceof Expr.IfNonNegative i) {
            collectConstants(i.test(), constants, at);
            collectConstants(i.then(), constants, at);
            collectConstants(i.otherwise(), constants, at);
        } else if (e instanceof Expr.Band b) {
            collectConstants(b.value(), constants, at);
        }
    }

    /** Where a leaf's value is in the values array (an input, an earlier cell, a constant); -1 for no leaf. */
    private int operand(Expr e, java.util.Map<Long, Integer> constantAt) {
        if (e instanceof Expr.In in) {
            return in.slot();
        }
        if (e instanceof Expr.Ref r) {
            return cellIndex[r.cell()];
        }
        if (e instanceof Expr.Const k) {
            return operandConstsAt + constantAt.get(Double.doubleToRawLongBits(k.value()));
        }
        return -1;
    }

    /**
     * The appraisal's own shapes as [op, operands...], each over leaves only, or null for a cell that is not one
     * of them. Each instruction computes exactly what the stack would, in the same order.
     */
    private int[] shaped(Expr e, java.util.Map<Long, Integer> at, Writer w) {
        if (e instanceof Expr.Div d && d.right() instanceof Expr.Add a && a.terms().size() == 2
                && a.terms().get(0) instanceof Expr.Const one && one.value() == 1) {
            int x = operand(d.left(), at);
            int y = operand(a.terms().get(1), at);
            return x < 0 || y < 0 ? null : new int[] {DISCOUNT, x, y};
        }
        if (e instanceof Expr.Less l) {
            int x = operand(l.left(), at);
            int y = operand(l.right(), at);
            return x < 0 || y < 0 ? null : new int[] {LESS_THAN, x, y};
        }
        if (e instanceof Expr.Ratio r) {
            int x = operand(r.numerator(), at);
            int y = operand(r.denominator(), at);
            return x < 0 || y < 0 ? null : new int[] {RATIO_OF, x, y};
        }
        if (e instanceof Expr.IfNonNegative i) {
            int t = operand(i.test(), at);
            int x = operand(i.then(), at);
            int y = operand(i.otherwise(), at);
            return t < 0 || x < 0 || y < 0 ? null : new int[] {IF_NON_NEGATIVE_THEN, t, x, y};
        }
        if (e instanceof Expr.MinOf m && !m.cells().isEmpty()) {
            int[] out = new int[m.cells().size() + 2];
            out[0] = MIN_OF;
            out[1] = m.cells().size();
            // The stack takes them last first; so does this, so that ties resolve the same way.
            for (int k = 0; k < m.cells().size(); k++) {
                out[2 + k] = operand(m.cells().get(m.cells().size() - 1 - k), at);
            }
            return out;
        }
        if (e instanceof Expr.Band b && b.from().length > 0) {
            int x = operand(b.value(), at);
            if (x < 0) {
                return null;
            }
            int first = w.consts.size();
            for (double from : b.from()) {
                w.constant(from);
            }
            return new int[] {BAND_OF, x, b.from().length, first};
        }
        return null;
    }

    /** Whether every term has coefficient 1 and exactly {@code factors} factors. */
    private static boolean allShaped(List<Term> poly, int factors) {
        for (Term t : poly) {
            if (t.coef != 1 || t.factors.length != factors) {
                return false;
            }
        }
        return true;
    }

    /** a − b: one value with coefficient 1, then one with coefficient −1. */
    private static boolean isDifference(List<Term> poly) {
        return poly.get(0).coef == 1 && poly.get(0).factors.length == 1 && poly.get(1).coef == -1
                && poly.get(1).factors.length == 1;
    }

    /** Where a cell's value is in the values array (an alias cell's is its input's, cell's or constant's). */
    int index(int cell) {
        return cellIndex[cell];
    }

    /** Where in the code the cells from {@code cellCount} on start: only at the constructor's boundary. */
    int codeEnd(int cellCount) {
        for (int c = cellCount; c < cellStart.length; c++) {
            if (cellStart[c] >= 0) {
                return cellStart[c];
            }
        }
        return code.length;
    }

    int codeLength() {
        return code.length;
    }

    /** The code, for {@link BytecodeCompiler} to translate; not to be changed. */
    int[] code() {
        return code;
    }

    /** The constants the code refers to (coefficients, band boundaries); not to be changed. */
    double[] consts() {
        return consts;
    }

    /** Puts the constants the cells read into their places after the cells, as every evaluation starts. */
    void copyConstants(double[] values) {
        System.arraycopy(operandConsts, 0, values, operandConstsAt, operandConsts.length);
    }

    /**
     * Computes every cell up to the code position {@code end} into {@code values}, whose inputs must be set.
     *
     * @param stack scratch space of {@link #stackSize()} entries, so the caller decides what is shared
     */
    void run(double[] values, int end, double[] stack) {
        copyConstants(values);
        final int[] c = code;
        int pc = 0;
        while (pc < end) {
            int op = c[pc++];
            if (op == ONE_PRODUCT) {
                values[c[pc]] = values[c[pc + 1]] * values[c[pc + 2]];
                pc += 3;
                continue;
            }
            if (op == ONE_SUM_OF_PAIRS) {
                int out = c[pc++];
                int terms = c[pc++];
                double sum = 0;
                for (int t = 0; t < terms; t++, pc += 2) {
                    sum += values[c[pc]] * values[c[pc + 1]];
                }
                values[out] = sum;
                continue;
            }
            int n = c[pc++];
            switch (op) {
                case PRODUCT -> {
                    for (int i = 0; i < n; i++, pc += 3) {
                        values[c[pc]] = values[c[pc + 1]] * values[c[pc + 2]];
                    }
                }
                case SUM_OF_PAIRS -> {
                    for (int i = 0; i < n; i++) {
                        int out = c[pc++];
                        int terms = c[pc++];
                        double sum = 0;
                        for (int t = 0; t < terms; t++, pc += 2) {
                            sum += values[c[pc]] * values[c[pc + 1]];
                        }
                        values[out] = sum;
                    }
                }
                case SUM -> {
                    for (int i = 0; i < n; i++) {
                        int out = c[pc++];
                        int terms = c[pc++];
                        double sum = 0;
                        for (int t = 0; t < terms; t++) {
                            sum += values[c[pc++]];
                        }
                        values[out] = sum;
                    }
                }
                case DIFFERENCE -> {
                    for (int i = 0; i < n; i++, pc += 3) {
                        values[c[pc]] = values[c[pc + 1]] - values[c[pc + 2]];
                    }
                }
                case DISCOUNT -> {
                    for (int i = 0; i < n; i++, pc += 3) {
                        values[c[pc]] = values[c[pc + 1]] / (values[c[pc + 2]] + 1);
                    }
                }
                case LESS_THAN -> {
                    for (int i = 0; i < n; i++, pc += 3) {
                        values[c[pc]] = values[c[pc + 1]] < values[c[pc + 2]] ? 1 : 0;
                    }
                }
                case IF_NON_NEGATIVE_THEN -> {
                    for (int i = 0; i < n; i++, pc += 4) {
                        values[c[pc]] = values[c[pc + 1]] >= 0 ? values[c[pc + 2]] : values[c[pc + 3]];
                    }
                }
                case RATIO_OF -> {
                    for (int i = 0; i < n; i++, pc += 3) {
                        double b = values[c[pc + 2]];
                        values[c[pc]] = b == 0 ? Double.NaN : values[c[pc + 1]] / b;
                    }
                }
                case MIN_OF -> {
                    for (int i = 0; i < n; i++) {
                        int out = c[pc++];
                        int terms = c[pc++];
                        double min = Double.NaN;
                        for (int t = 0; t < terms; t++) {
                            double x = values[c[pc++]];
                            if (!Double.isNaN(x) && (Double.isNaN(min) || x < min)) {
                                min = x;
                            }
                        }
                        values[out] = min;
                    }
                }
                case BAND_OF -> {
                    for (int i = 0; i < n; i++, pc += 4) {
                        values[c[pc]] = band(values[c[pc + 1]], consts, c[pc + 3], c[pc + 2]);
                    }
                }
                case POLY -> {
                    for (int i = 0; i < n; i++) {
                        int out = c[pc++];
                        int terms = c[pc++];
                        double sum = 0;
                        for (int t = 0; t < terms; t++) {
                            int factors = c[pc++];
                            double p = consts[c[pc++]];
                            for (int f = 0; f < factors; f++) {
                                p *= values[c[pc++]];
                            }
                            sum += p;
                        }
                        values[out] = sum;
                    }
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        int out = c[pc++];
                        int length = c[pc++];
                        values[out] = stackRun(values, c, consts, pc, pc + length, stack);
                        pc += length;
                    }
                }
            }
        }
    }

    /** 0 below the first boundary, k at or above the k-th; "none" stays "none". */
    static double band(double x, double[] from, int first, int bands) {
        if (Double.isNaN(x)) {
            return x;
        }
        int band = 0;
        for (int k = 0; k < bands; k++) {
            if (x >= from[first + k]) {
                band = k + 1;
            }
        }
        return band;
    }

    int stackSize() {
        return stackSize;
    }

    /** Runs one cell's stack code {@code c[from..to)} over {@code v}, with {@code s} as the stack. */
    static double stackRun(double[] v, int[] c, double[] consts, int from, int to, double[] s) {
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

    /** One product of a sum of products: coef × the values at {@code factors}. */
    private record Term(double coef, int[] factors) {
    }

    /** The expression as a sum of products, or null when it is not one (or would be too long). */
    private List<Term> poly(Expr e) {
        if (e instanceof Expr.PriceIndex p) {
            return List.of(new Term(p.value(), new int[0]));
        }
        if (e instanceof Expr.Const k) {
            return List.of(new Term(k.value(), new int[0]));
        }
        if (e instanceof Expr.In in) {
            return List.of(new Term(1, new int[] {in.slot()}));
        }
        if (e instanceof Expr.Ref r) {
            return List.of(new Term(1, new int[] {cellIndex[r.cell()]}));
        }
        if (e instanceof Expr.Neg n) {
            return scaled(poly(n.inner()), -1);
        }
        if (e instanceof Expr.Sub s) {
            List<Term> a = poly(s.left());
            List<Term> b = scaled(poly(s.right()), -1);
            return a == null || b == null ? null : concat(List.of(a, b));
        }
        if (e instanceof Expr.Add a) {
            List<List<Term>> parts = new ArrayList<>();
            for (Expr t : a.terms()) {
                List<Term> p = poly(t);
                if (p == null) {
                    return null;
                }
                parts.add(p);
            }
            return concat(parts);
        }
        if (e instanceof Expr.Mul m) {
            List<Term> acc = List.of(new Term(1, new int[0]));
            for (Expr f : m.factors()) {
                List<Term> p = poly(f);
                if (p == null || (long) acc.size() * p.size() > MAX_POLY_TERMS) {
                    return null;
                }
                List<Term> next = new ArrayList<>();
                for (Term x : acc) {
                    for (Term y : p) {
                        int[] fs = Arrays.copyOf(x.factors, x.factors.length + y.factors.length);
                        System.arraycopy(y.factors, 0, fs, x.factors.length, y.factors.length);
                        next.add(new Term(x.coef * y.coef, fs));
                    }
                }
                acc = next;
            }
            return acc;
        }
        return null;
    }

    private static List<Term> scaled(List<Term> terms, double by) {
        if (terms == null) {
            return null;
        }
        return terms.stream().map(t -> new Term(t.coef * by, t.factors)).toList();
    }

    private static List<Term> concat(List<List<Term>> parts) {
        List<Term> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out.size() > MAX_POLY_TERMS ? null : out;
    }

    /** Builds the code array and the constants. */
    private final class Writer {
        final IntList code = new IntList();
        final List<Double> consts = new ArrayList<>();
        int depth;
        int maxDepth;

        int constant(double v) {
            consts.add(v);
            return consts.size() - 1;
        }

        private void push(int op, int operand) {
            code.add(op);
            code.add(operand);
            depth++;
            maxDepth = Math.max(maxDepth, depth);
        }

        /** Stack code for {@code e}; the expressions the compiler makes are shallow, so recursion is bounded. */
        void stack(Expr e) {
            if (e instanceof Expr.PriceIndex p) {
                push(PUSH_CONST, constant(p.value()));
            } else if (e instanceof Expr.Const k) {
                push(PUSH_CONST, constant(k.value()));
            } else if (e instanceof Expr.In in) {
                push(PUSH, in.slot());
            } else if (e instanceof Expr.Ref r) {
                push(PUSH, cellIndex[r.cell()]);
            } else if (e instanceof Expr.Add a) {
                nary(ADD, a.terms());
            } else if (e instanceof Expr.Mul m) {
                nary(MUL, m.factors());
            } else if (e instanceof Expr.Neg n) {
                stack(n.inner());
                code.add(NEG);
            } else if (e instanceof Expr.Sub s) {
                binary(SUB, s.left(), s.right());
            } else if (e instanceof Expr.Div d) {
                binary(DIV, d.left(), d.right());
            } else if (e instanceof Expr.Ratio r) {
                binary(RATIO, r.numerator(), r.denominator());
            } else if (e instanceof Expr.Less l) {
                binary(LESS, l.left(), l.right());
            } else if (e instanceof Expr.IfNonNegative i) {
                stack(i.test());
                stack(i.then());
                stack(i.otherwise());
                code.add(IF_NON_NEGATIVE);
                depth -= 2;
            } else if (e instanceof Expr.MinOf m) {
                nary(MIN, new ArrayList<>(m.cells()));
            } else if (e instanceof Expr.Band b) {
                stack(b.value());
                int first = consts.size();
                for (double f : b.from()) {
                    constant(f);
                }
                code.add(BAND);
                code.add(b.from().length);
                code.add(first);
            } else {
                throw new IllegalArgumentException("unknown expression " + e);
            }
        }

        private void nary(int op, List<Expr> items) {
            if (items.isEmpty()) {
                push(PUSH_CONST, constant(op == MUL ? 1 : op == MIN ? Double.NaN : 0));
                return;
            }
            for (Expr x : items) {
                stack(x);
            }
            code.add(op);
            code.add(items.size());
            depth -= items.size() - 1;
        }

        private void binary(int op, Expr a, Expr b) {
            stack(a);
            stack(b);
            code.add(op);
            depth--;
        }
    }

    /** A growable int array. */
    private static final class IntList {
        int[] data = new int[256];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        void set(int at, int v) {
            data[at] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
