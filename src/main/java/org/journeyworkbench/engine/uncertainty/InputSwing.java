package org.journeyworkbench.engine.uncertainty;

import org.journeyworkbench.engine.inputs.InputKind;

/**
 * One bar of a tornado: an input swung from {@code low} to {@code high} (its P10–P90, or ± the swing where it
 * has no range), the metric at each end, and its switching value: the input's value at which the metric
 * crosses zero, or null when it does not within the input's valid range.
 *
 * @param value          the input's value in the scenario
 * @param fromRange      true when low and high are the P10 and P90 of the input's range, false for ± the swing
 * @param linear         true when the metric is a straight line in this input (the switching value is then exact)
 */
public record InputSwing(String address, String label, String group, InputKind kind, double value, double low,
                         double high, double metricAtLow, double metricAtHigh, Double switchingValue,
                         boolean fromRange, boolean linear) {
    /** The width of the bar: how far the metric moves between the two ends. */
    public double width() {
        return Math.abs(metricAtHigh - metricAtLow);
    }

    /** The switching value in words, for a table: "£2,612" or "none within the input's valid range". */
    public String switchingValueText() {
        return switchingValue == null ? "none within the input's valid range"
                : DistributionText.value(switchingValue, kind);
    }
}
