package org.journeyworkbench.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pounds split by agency, in the model's agency order. */
public record ByAgency(Map<String, Double> amounts) {
    public ByAgency {
        amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }

    public static ByAgency of(List<String> agencyIds, double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int a = 0; a < agencyIds.size(); a++) {
            m.put(agencyIds.get(a), values[a]);
        }
        return new ByAgency(m);
    }

    public double get(String agencyId) {
        return amounts.getOrDefault(agencyId, 0.0);
    }

    public double total() {
        double sum = 0;
        for (double v : amounts.values()) {
            sum += v;
        }
        return sum;
    }
}
