package org.journeyworkbench.ui.uncertainty;

import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.uncertainty.DistributionText;
import org.journeyworkbench.engine.uncertainty.FittedDistribution;
import org.journeyworkbench.model.Distribution;

/**
 * A range said back in words, so a person can see the workbench read what they typed as they meant it:
 * "From £1,500 to £2,500, most likely £1,930 (a triangle); 8 in 10 between £1,716 and £2,278".
 */
public final class RangeWords {
    private RangeWords() {
    }

    /**
     * @param fitted the range fitted to its input, for its P10 and P90; null to leave them out
     */
    public static String of(Distribution d, InputKind kind, FittedDistribution fitted) {
        double[] p = d.parameters();
        String shape = switch (d.kind()) {
            case "fixed" -> "No range: the value is fixed";
            case "uniform" -> "Any value from " + v(p[0], kind) + " to " + v(p[1], kind) + ", all equally likely";
            case "triangular" -> "From " + v(p[0], kind) + " to " + v(p[2], kind) + ", most likely " + v(p[1], kind)
                    + " (a triangle)";
            case "pert" -> "From " + v(p[0], kind) + " to " + v(p[2], kind) + ", most likely " + v(p[1], kind)
                    + " (PERT: a smooth curve, mean " + v(((Distribution.Pert) d).mean(), kind) + ")";
            case "normal" -> "A bell curve around " + v(p[0], kind) + ", standard deviation " + v(p[1], kind)
                    + ", kept within the input's valid range";
            default -> "Skewed upwards: mean " + v(p[0], kind) + ", standard deviation " + v(p[1], kind)
                    + ", kept within the input's valid range";
        };
        if (fitted == null || d instanceof Distribution.Fixed) {
            return shape + ".";
        }
        return shape + "; 8 in 10 between " + rounded(fitted.quantile(0.1), kind) + " and "
                + rounded(fitted.quantile(0.9), kind) + ".";
    }

    /** A percentile, which is never exact: whole pounds for money of £100 or more, whole cases for counts. */
    static String rounded(double x, InputKind kind) {
        return switch (kind) {
            case MONEY -> Math.abs(x) >= 100 ? org.journeyworkbench.model.Money.format(x) : v(x, kind);
            case COUNT -> Math.abs(x) >= 100 ? v(Math.round(x), kind) : v(x, kind);
            default -> v(x, kind);
        };
    }

    private static String v(double x, InputKind kind) {
        return DistributionText.value(x, kind);
    }
}
