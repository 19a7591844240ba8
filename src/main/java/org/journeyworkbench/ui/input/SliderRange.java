package org.journeyworkbench.ui.input;

import org.journeyworkbench.engine.inputs.InputKind;

/**
 * The range a slider offers for an input: rates run 0–100%; money and counts run from 0 to twice the value
 * (so the current value sits in the middle), rounded up to a tidy figure, never below a useful minimum.
 */
public record SliderRange(double min, double max) {
    public static SliderRange around(double value, InputKind kind) {
        switch (kind) {
            case RATE, SWITCH -> {
                return new SliderRange(0, 1);
            }
            case MULTIPLIER -> {
                return new SliderRange(0, Math.max(2, Math.ceil(value)));
            }
            case YEARS -> {
                return new SliderRange(1, Math.max(10, tidy(2 * value)));
            }
            default -> {
            }
        }
        double floor = kind == InputKind.MONEY ? 1000 : 10;
        return new SliderRange(0, tidy(Math.max(floor, 2 * value)));
    }

    /** Rounds up to 1, 2 or 5 times a power of ten: 3,860 -> 5,000; 112 -> 200. */
    static double tidy(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v - 1e-9) {
                return m * p;
            }
        }
        return 10 * p;
    }

    public boolean contains(double v) {
        return v >= min && v <= max;
    }
}
