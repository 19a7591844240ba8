package org.journeyworkbench.engine.calc;

import java.util.List;

/**
 * One cell's rule, as a small expression over input slots and earlier cells. The engine evaluates it
 * ({@link Evaluator}) and the workbook writes it as a spreadsheet formula (io.xlsx), so the rules of the
 * calculation are described once, here, by the {@link Compiler}. "None" (no BCR, no payback year) is NaN
 * in the engine and the text "none" in a spreadsheet.
 */
public sealed interface Expr {
    Expr ZERO = new Const(0);
    Expr ONE = new Const(1);
    Expr NONE = new Const(Double.NaN);

    /** A fixed number. */
    record Const(double value) implements Expr {
    }

    /**
     * The deflator's index level for a price year: a constant to the engine; the workbook looks it up in the
     * deflator table it writes, so a newer release pasted there moves every uprated cost.
     */
    record PriceIndex(org.journeyworkbench.model.PriceYear year, double value) implements Expr {
    }

    /** The value of an input slot. */
    record In(int slot) implements Expr {
    }

    /** The value of an earlier cell. */
    record Ref(int cell) implements Expr {
    }

    /** The sum of its terms. */
    record Add(List<Expr> terms) implements Expr {
        public Add {
            terms = List.copyOf(terms);
        }
    }

    /** The product of its factors. */
    record Mul(List<Expr> factors) implements Expr {
        public Mul {
            factors = List.copyOf(factors);
        }
    }

    record Neg(Expr inner) implements Expr {
    }

    record Sub(Expr left, Expr right) implements Expr {
    }

    /** Plain division (the Level 1 formula, the discount factor). */
    record Div(Expr left, Expr right) implements Expr {
    }

    /** A ratio that is "none" when the denominator is 0 (the BCR). */
    record Ratio(Expr numerator, Expr denominator) implements Expr {
    }

    /** 1 when {@code left < right}, else 0 (a year inside the appraisal period). */
    record Less(Expr left, Expr right) implements Expr {
    }

    /** {@code then} when {@code test >= 0}, else {@code otherwise}. */
    record IfNonNegative(Expr test, Expr then, Expr otherwise) implements Expr {
    }

    /** The smallest of the cells that are not "none"; "none" when all are (the payback year). */
    record MinOf(List<Ref> cells) implements Expr {
        public MinOf {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Which band {@code value} falls in: 0 below {@code from[0]}, k when it is at least {@code from[k-1]}
     * (a boundary goes to the higher band); "none" when the value is. The workbook shows the band's label.
     */
    record Band(Expr value, double[] from, List<String> labels) implements Expr {
        public Band {
            from = from.clone();
            labels = List.copyOf(labels);
            if (labels.size() != from.length + 1) {
                throw new IllegalArgumentException("one label a band");
            }
        }
    }

    static Expr add(List<Expr> terms) {
        return terms.isEmpty() ? ZERO : terms.size() == 1 ? terms.get(0) : new Add(terms);
    }

    static Expr add(Expr... terms) {
        return add(List.of(terms));
    }

    static Expr mul(Expr... factors) {
        return factors.length == 1 ? factors[0] : new Mul(List.of(factors));
    }

    static Expr in(int slot) {
        return new In(slot);
    }

    static Expr ref(int cell) {
        return new Ref(cell);
    }
}
