package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cell's expression multiplied out into a sum of products with coefficients, the form most cells take (a
 * stage's cases, an amount, a subtotal), from which the {@link Evaluator} picks each cell's instruction.
 */
final class Polynomial {
    /** Longer sums of products run on the stack instead. */
    private static final int MAX_TERMS = 256;

    private Polynomial() {
    }

    /** One product of a sum of products: coef × the values at {@code factors}. */
    record Term(double coef, int[] factors) {
    }

    /**
     * The expression as a sum of products over places in the values array, or null when it is not one (or
     * would be too long).
     */
    static List<Term> of(Expr e, int[] cellIndex) {
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
            return scaled(of(n.inner(), cellIndex), -1);
        }
        if (e instanceof Expr.Sub s) {
            List<Term> a = of(s.left(), cellIndex);
            List<Term> b = scaled(of(s.right(), cellIndex), -1);
            return a == null || b == null ? null : concat(List.of(a, b));
        }
        if (e instanceof Expr.Add a) {
            List<List<Term>> parts = new ArrayList<>();
            for (Expr t : a.terms()) {
                List<Term> p = of(t, cellIndex);
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
                List<Term> p = of(f, cellIndex);
                if (p == null || (long) acc.size() * p.size() > MAX_TERMS) {
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
        return out.size() > MAX_TERMS ? null : out;
    }

    /** Whether every term has coefficient 1 and exactly {@code factors} factors. */
    static boolean allShaped(List<Term> poly, int factors) {
        for (Term t : poly) {
            if (t.coef != 1 || t.factors.length != factors) {
                return false;
            }
        }
        return true;
    }

    /** a − b: one value with coefficient 1, then one with coefficient −1. */
    static boolean isDifference(List<Term> poly) {
        return poly.get(0).coef == 1 && poly.get(0).factors.length == 1 && poly.get(1).coef == -1
                && poly.get(1).factors.length == 1;
    }
}
