package org.journeyworkbench.ui.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.uncertainty.InputSwing;
import org.journeyworkbench.engine.uncertainty.SensitivityResult;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;

/**
 * A tornado laid out for drawing and reading: one bar an input, widest first, each end placed as a fraction
 * of the chart's width on an axis shared by every bar, and every figure already in words (money as £ with
 * brackets for negatives). Plain data: built and tested without JavaFX.
 *
 * @param caption what the chart shows and how each input was swung
 * @param axisMin the metric at the chart's left edge
 * @param axisMax the metric at the chart's right edge
 */
public record Tornado(String metric, String base, double baseValue, String caption, List<Bar> bars,
                      double axisMin, double axisMax) {
    /**
     * One input. {@code lowEnd}/{@code highEnd} are the bar's ends for the input's low and high value, as
     * fractions of the width; {@code zero} is where the base figure is.
     */
    public record Bar(String address, String label, String group, String low, String high, String atLow,
                      String atHigh, String swing, String switchingValue, boolean fromRange, double lowEnd,
                      double highEnd, double base) {
        /** The whole story of one bar, for its tooltip. */
        public String tooltip(String metric) {
            return label + " (" + group + ")\n"
                    + (fromRange ? "Its range's P10 to P90: " : "± the swing: ") + low + " to " + high + "\n"
                    + metric + " at " + low + ": " + atLow + "\n"
                    + metric + " at " + high + ": " + atHigh + "\n"
                    + "Swing: " + swing + "\n"
                    + "Switching value (where the " + metric.toLowerCase(java.util.Locale.ROOT) + " crosses zero): "
                    + switchingValue;
        }
    }

    public static Tornado empty() {
        return new Tornado("", "", 0, "", List.of(), 0, 1);
    }

    public static Tornado of(SensitivityResult r) {
        double min = r.base();
        double max = r.base();
        for (InputSwing s : r.inputs()) {
            min = Math.min(min, Math.min(s.metricAtLow(), s.metricAtHigh()));
            max = Math.max(max, Math.max(s.metricAtLow(), s.metricAtHigh()));
        }
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        double pad = (max - min) * 0.02;
        min -= pad;
        max += pad;
        List<Bar> bars = new ArrayList<>();
        for (InputSwing s : r.inputs()) {
            bars.add(new Bar(s.address(), s.label(), s.group(), RangeWords.rounded(s.low(), s.kind()),
                    RangeWords.rounded(s.high(), s.kind()), Money.format(s.metricAtLow()),
                    Money.format(s.metricAtHigh()), Money.format(s.width()),
                    s.switchingValue() == null ? "none within the input's valid range"
                            : RangeWords.rounded(s.switchingValue(), s.kind()),
                    s.fromRange(), at(s.metricAtLow(), min, max), at(s.metricAtHigh(), min, max),
                    at(r.base(), min, max)));
        }
        String caption = "Each input swung over its range's P10 to P90, or ±" + Percent.format(r.swing())
                + " where it has none, the others held; ranked by how far it moves the "
                + r.metricLabel().toLowerCase(java.util.Locale.ROOT).replace("npv", "NPV") + " ("
                + Money.format(r.base()) + " in the " + (r.scenario().equals(org.journeyworkbench.model.Scenario.BASE_NAME)
                ? "base case" : "scenario " + r.scenario()) + ").";
        return new Tornado(r.metricLabel(), Money.format(r.base()), r.base(), caption, bars, min, max);
    }

    private static double at(double v, double min, double max) {
        return (v - min) / (max - min);
    }
}
