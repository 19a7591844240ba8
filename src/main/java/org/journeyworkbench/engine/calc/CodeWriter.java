package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an {@link Evaluator}'s code array and the constants it refers to; writes the stack code for a cell of
 * no particular shape ({@link StackMachine}).
 */
final class CodeWriter {
    final IntList code = new IntList();
    final List<Double> consts = new ArrayList<>();
    int depth;
    int maxDepth;
    /** Where each cell's value is in the values array, for references to cells. */
    private final int[] cellIndex;

    CodeWriter(int[] cellIndex) {
        this.cellIndex = cellIndex;
    }

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
            push(StackMachine.PUSH_CONST, constant(p.value()));
        } else if (e instanceof Expr.Const k) {
            push(StackMachine.PUSH_CONST, constant(k.value()));
        } else if (e instanceof Expr.In in) {
            push(StackMachine.PUSH, in.slot());
        } else if (e instanceof Expr.Ref r) {
            push(StackMachine.PUSH, cellIndex[r.cell()]);
        } else if (e instanceof Expr.Add a) {
            nary(StackMachine.ADD, a.terms());
        } else if (e instanceof Expr.Mul m) {
            nary(StackMachine.MUL, m.factors());
        } else if (e instanceof Expr.Neg n) {
            stack(n.inner());
            code.add(StackMachine.NEG);
        } else if (e instanceof Expr.Sub s) {
            binary(StackMachine.SUB, s.left(), s.right());
        } else if (e instanceof Expr.Div d) {
            binary(StackMachine.DIV, d.left(), d.right());
        } else if (e instanceof Expr.Ratio r) {
            binary(StackMachine.RATIO, r.numerator(), r.denominator());
        } else if (e instanceof Expr.Less l) {
            binary(StackMachine.LESS, l.left(), l.right());
        } else if (e instanceof Expr.IfNonNegative i) {
            stack(i.test());
            stack(i.then());
            stack(i.otherwise());
            code.add(StackMachine.IF_NON_NEGATIVE);
            depth -= 2;
        } else if (e instanceof Expr.MinOf m) {
            nary(StackMachine.MIN, new ArrayList<>(m.cells()));
        } else if (e instanceof Expr.Band b) {
            stack(b.value());
            int first = consts.size();
            for (double f : b.from()) {
                constant(f);
            }
            code.add(StackMachine.BAND);
            code.add(b.from().length);
            code.add(first);
        } else {
            throw new IllegalArgumentException("unknown expression " + e);
        }
    }

    private void nary(int op, List<Expr> items) {
        if (items.isEmpty()) {
            push(StackMachine.PUSH_CONST, constant(op == StackMachine.MUL ? 1 : op == StackMachine.MIN ? Double.NaN : 0));
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

    /** A growable int array. */
    static final class IntList {
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
