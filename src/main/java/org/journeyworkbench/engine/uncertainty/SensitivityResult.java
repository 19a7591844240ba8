package org.journeyworkbench.engine.uncertainty;

import java.util.List;

/**
 * A tornado: the metric's value in the scenario ({@code base}) and every input's swing, widest first.
 *
 * @param swing the fraction each input without a range was swung by either side (0.2 = ±20%)
 */
public record SensitivityResult(Metric metric, String metricLabel, String scenario, double base, double swing,
                                List<InputSwing> inputs) {
    public SensitivityResult {
        inputs = List.copyOf(inputs);
    }
}
