package org.journeyworkbench.engine.calc;

import java.util.ArrayDeque;
import java.util.List;

/** Which cells a set of figures depends on, found by walking the cells' expressions without recursion. */
final class Dependencies {
    private Dependencies() {
    }

    /** Every cell that {@code roots} depend on, themselves included: what a headline evaluation must compute. */
    static boolean[] neededFor(List<Expr> cells, int[] roots) {
        boolean[] needed = new boolean[cells.size()];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int r : roots) {
            if (r >= 0 && !needed[r]) {
                needed[r] = true;
                todo.push(r);
            }
        }
        ArrayDeque<Expr> exprs = new ArrayDeque<>();
        while (!todo.isEmpty()) {
            exprs.push(cells.get(todo.pop()));
            while (!exprs.isEmpty()) {
                Expr e = exprs.pop();
                if (e instanceof Expr.Ref r) {
                    if (!needed[r.cell()]) {
                        needed[r.cell()] = true;
                        todo.push(r.cell());
                    }
                } else if (e instanceof Expr.Add a) {
                    a.terms().forEach(exprs::push);
                } else if (e instanceof Expr.Mul m) {
                    m.factors().forEach(exprs::push);
                } else if (e instanceof Expr.Neg n) {
                    exprs.push(n.inner());
                } else if (e instanceof Expr.Sub x) {
                    exprs.push(x.left());
                    exprs.push(x.right());
                } else if (e instanceof Expr.Div d) {
                    exprs.push(d.left());
                    exprs.push(d.right());
                } else if (e instanceof Expr.Ratio r) {
                    exprs.push(r.numerator());
                    exprs.push(r.denominator());
                } else if (e instanceof Expr.Less l) {
                    exprs.push(l.left());
                    exprs.push(l.right());
                } else if (e instanceof Expr.IfNonNegative i) {
                    exprs.push(i.test());
                    exprs.push(i.then());
                    exprs.push(i.otherwise());
                } else if (e instanceof Expr.MinOf m) {
                    m.cells().forEach(exprs::push);
                } else if (e instanceof Expr.Band b) {
                    exprs.push(b.value());
                }
            }
        }
        return needed;
    }

}
