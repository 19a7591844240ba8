package org.journeyworkbench.model;

/**
 * Two inputs that move together: a rank (Spearman) correlation between -1 and 1, e.g. arrest and caution
 * costs both driven by police time (0.6). The order of the two addresses does not matter.
 */
public record Correlation(String first, String second, double coefficient, String source) {
    public Correlation {
        first = Checks.text("inputs", first);
        second = Checks.text("inputs", second);
        if (first.equals(second)) {
            throw new ModelException("inputs", "an input cannot be correlated with itself (" + first + ")");
        }
        Checks.finite("correlation", coefficient);
        if (coefficient < -1 || coefficient > 1) {
            throw new ModelException("correlation", "a correlation must be between -1 and 1 (it is "
                    + java.math.BigDecimal.valueOf(coefficient).stripTrailingZeros().toPlainString() + ")");
        }
        source = Checks.optionalText(source);
    }

    public Correlation(String first, String second, double coefficient) {
        this(first, second, coefficient, "");
    }

    /** True when this links the same two inputs, in either order. */
    public boolean links(String a, String b) {
        return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
    }

    public boolean involves(String address) {
        return first.equals(address) || second.equals(address);
    }
}
