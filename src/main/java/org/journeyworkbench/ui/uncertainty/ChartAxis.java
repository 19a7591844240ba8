package org.journeyworkbench.ui.uncertainty;

import java.util.ArrayList;
import java.util.List;

/** Tidy tick values for a money axis: 1, 2 or 5 times a power of ten apart, about {@code count} of them. */
final class ChartAxis {
    private ChartAxis() {
    }

    static List<Double> ticks(double min, double max, int count) {
        List<Double> out = new ArrayList<>();
        double span = max - min;
        if (!(span > 0)) {
            out.add(min);
            return out;
        }
        double raw = span / Math.max(1, count);
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = p;
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * p >= raw) {
                step = m * p;
                break;
            }
        }
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return out;
    }

    /** Money shortened for an axis: £1.2m, (£350k), £0. */
    static String money(double v) {
        double a = Math.abs(v);
        String s;
        if (a >= 1e6) {
            s = "£" + trim(a / 1e6) + "m";
        } else if (a >= 1e3) {
            s = "£" + trim(a / 1e3) + "k";
        } else {
            s = "£" + Math.round(a);
        }
        return v < 0 ? "(" + s + ")" : s;
    }

    private static String trim(double x) {
        String s = String.format(java.util.Locale.UK, "%.2f", x);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
