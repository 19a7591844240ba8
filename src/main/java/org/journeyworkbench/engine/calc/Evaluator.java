package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a program's cells over one array of values: inputs first, then every cell, in order. The cells'
 * expressions are flattened once into an int code array: most cells are sums of products (a stage's cases,
 * an amount, a subtotal) and run as such; the few others (the discount factor, BCR, payback) run on a small
 * stack. Evaluation allocates nothing, so it can run millions of times (Monte Carlo, every option on every
 * slider step). A cell whose rule is a bare input is not evaluated: references to it read the input itself.
 */
final class Evaluator {
    private static final int POLY = 0;
    private static final int STACK = 1;
    /** A plain sum of values (subtotals): no coefficients, one factor a term. */
    private static final int SUM = 2;
    /** A sum of products of two values (a stage's cases, an amount): the commonest cell. */
    private static final int SUM_OF_PAIRS = 3;
    /** One product of two values (an amount, cases along a single arrow): [op, out, a, b]. */
    private static final int PRODUCT = 4;
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
    /** Where in {@link #code} each cell's instruction starts, or -1 for an alias cell. */
    private final int[] cellStart;

    Evaluator(int inputCount, List<Expr> cells) {
        this(inputCount, cells, null);
    }

    /**
     * @param include which cells to compute, or null for all: the others keep whatever the values array holds
     *                (a headline evaluation leaves out the cells only the workbook and the diagram show)
     */
    Evaluator(int inputCount, List<Expr> cells, boolean[] include) {
        this.inputCount = inputCount;
        cellIndex = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            cellIndex[c] = cells.get(c) instanceof Expr.In in ? in.slot() : inputCount + c;
        }
        Writer w = new Writer();
        cellStart = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            Expr e = cells.get(c);
            if (e instanceof Expr.In || (include != null && !include[c])) {
                cellStart[c] = -1;
                continue;
            }
            cellStart[c] = w.code.size;
            List<Term> poly = poly(e);
            if (poly != null && !poly.isEmpty() && allShaped(poly, 1)) {
                w.code.add(SUM);
                w.code.add(inputCount + c);
                w.code.add(poly.size());
                for (Term t : poly) {
                    w.code.add(t.factors[0]);
                }
            } else if (poly != null && poly.size() == 1 && allShaped(poly, 2)) {
                w.code.add(PRODUCT);
                w.code.add(inputCount + c);
                w.code.add(poly.get(0).factors[0]);
                w.code.add(poly.get(0).factors[1]);
            } else if (poly != null && !poly.isEmpty() && allShaped(poly, 2)) {
                w.code.add(SUM_OF_PAIRS);
                w.code.add(inputCount + c);
                w.code.add(poly.size());
                for (Term t : poly) {
                    w.code.add(t.factors[0]);
                    w.code.add(t.factors[1]);
                }
            } else if (poly != null) {
                w.code.add(POLY);
                w.code.add(inputCount + c);
                w.code.add(poly.size());
                for (Term t : poly) {
                    w.code.add(t.factors.length);
                    w.code.add(w.constant(t.coef));
                    for (int f : t.factors) {
                        w.code.add(f);
                    }
                }
            } else {
                w.code.add(STACK);
                w.code.add(inputCount + c);
                int lengthAt = w.code.size;
                w.code.add(0);
                w.stack(e);
                w.code.set(lengthAt, w.code.size - lengthAt - 1);
            }
        }
        code = w.code.toArray();
        consts = w.consts.stream().mapToDouble(Double::doubleValue).toArray();
        stackSize = Math.max(4, w.maxDepth + 1);
    }

    /** The size of the values array: the inputs, then one entry a cell. */
    int size() {
        return inputCount + cellIndex.length;
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

    /** Where a cell's value is in the values array (an alias cell's is its input's). */
    int index(int cell) {
        return cellIndex[cell];
    }

    /** Where in the code the cells from {@code firstCell} on start (for running only the first cells). */
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

    /**
     * Computes every cell up to the code position {@code end} into {@code values}, whose inputs must be set.
     *
     * @param stack scratch space of {@link #stackSize()} entries, so the caller decides what is shared
     */
    void run(double[] values, int end, double[] stack) {
        final int[] c = code;
        final double[] k = consts;
        int pc = 0;
        while (pc < end) {
            int op = c[pc++];
            int out = c[pc++];
            if (op == PRODUCT) {
                values[out] = values[c[pc]] * values[c[pc + 1]];
                pc += 2;
            } else if (op == SUM_OF_PAIRS) {
                int terms = c[pc++];
                double sum = 0;
                for (int t = 0; t < terms; t++) {
                    sum += values[c[pc]] * values[c[pc + 1]];
                    pc += 2;
                }
                values[out] = sum;
            } else if (op == SUM) {
                int terms = c[pc++];
                double sum = 0;
                for (int t = 0; t < terms; t++) {
                    sum += values[c[pc++]];
                }
                values[out] = sum;
            } else if (op == POLY) {
                int terms = c[pc++];
                double sum = 0;
                for (int t = 0; t < terms; t++) {
                    int factors = c[pc++];
                    double p = k[c[pc++]];
                    for (int f = 0; f < factors; f++) {
                        p *= values[c[pc++]];
                    }
                    sum += p;
                }
                values[out] = sum;
            } else {
                int length = c[pc++];
                values[out] = stackRun(values, pc, pc + length, stack);
                pc += length;
            }
        }
    }

    int stackSize() {
        return stackSize;
    }

    private double stackRun(double[] v, int from, int to, double[] s) {
        final int[] c = code;
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
