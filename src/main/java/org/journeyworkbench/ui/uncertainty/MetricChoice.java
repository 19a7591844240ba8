package org.journeyworkbench.ui.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;

/** A result a tornado or a simulation can be about, as a menu shows it: "NPV", "NPV to Police". */
public record MetricChoice(Metric metric, String label) {
    /** First-year net saving, NPV, then each agency's NPV, in the model's order. */
    public static List<MetricChoice> of(JourneyModel model) {
        List<MetricChoice> out = new ArrayList<>();
        out.add(new MetricChoice(Metric.year1(), Metric.year1().label(model)));
        out.add(new MetricChoice(Metric.npv(), Metric.npv().label(model)));
        for (Agency a : model.agencies()) {
            Metric m = Metric.agencyNpv(a.id());
            out.add(new MetricChoice(m, m.label(model)));
        }
        return out;
    }

    /** The choice for a metric among {@code choices}, or NPV when that agency has gone. */
    public static MetricChoice find(List<MetricChoice> choices, Metric metric) {
        return choices.stream().filter(c -> c.metric().equals(metric)).findFirst().orElse(choices.get(1));
    }

    @Override
    public String toString() {
        return label;
    }
}
