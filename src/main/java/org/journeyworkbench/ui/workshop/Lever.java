package org.journeyworkbench.ui.workshop;

import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.ui.input.ValueParser;

/**
 * One input pinned as a lever, as workshop mode shows it: a large slider over {@code min}–{@code max} with its
 * value in words. The range is fixed when the workshop opens (so the thumb does not jump as the value moves);
 * one press of an arrow key moves it by {@code step}.
 *
 * @param address the input's address ({@code initiatives.njp.takeUp})
 * @param label   what the room reads: the input's label and, where it helps, what it belongs to
 */
public record Lever(String address, String label, InputKind kind, double value, double min, double max,
                    double step) {
    /** The value as typed in the normal window: "£1,930", "45%", "56". */
    public String valueText() {
        return ValueParser.format(value, kind);
    }

    /** The value {@code steps} presses away, kept within the range (and a whole step, so 45% + 1 is 46%). */
    public double moved(int steps) {
        double next = Math.round((value + steps * step) / step) * step;
        // Rounding to the step leaves 0.46000000000000002: keep what the field would show.
        next = Math.round(next * 1e9) / 1e9;
        return Math.max(min, Math.min(max, next));
    }

    /** A node id for the lever: dots would read as style classes in a lookup. */
    public String id() {
        return "lever-" + address.replace('.', '_');
    }

    /** The step for a kind over a range: a point of a rate, a tidy fiftieth of a range of money or cases. */
    static double stepFor(InputKind kind, double min, double max) {
        return switch (kind) {
            case RATE -> 0.01;
            case MULTIPLIER -> 0.05;
            case YEARS, SWITCH -> 1;
            case MONEY, COUNT -> tidy((max - min) / 50);
        };
    }

    /** Up to 1, 2 or 5 times a power of ten, and never below 1: 100 -> 100; 4 -> 5; 0.3 -> 1. */
    static double tidy(double v) {
        if (!(v > 1)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * p >= v - 1e-9) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
