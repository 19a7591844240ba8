package org.journeyworkbench.ui.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.Summary;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;

/**
 * A Monte Carlo run laid out for reading: its figures in words (money as £, brackets for negatives), each
 * agency's, and the histogram and cumulative curve with the figure with every input at its value marked.
 * Plain data, built and tested without JavaFX.
 *
 * @param caption the settings that reproduce the run
 */
public record SimulationFigures(String metric, String caption, List<Figure> figures, List<AgencyRow> agencies,
                                List<Summary.Bin> histogram, List<Summary.Point> cumulative, double deterministic,
                                String deterministicText, double axisMin, double axisMax, List<String> notes) {
    /** One figure: "P10", "£1,234,567". */
    public record Figure(String id, String name, String value) {
    }

    /** One agency's NPV across the samples. */
    public record AgencyRow(String agency, String deterministic, String mean, String p10, String p90,
                            String probabilityPositive) {
    }

    public static SimulationFigures of(SimulationResult r) {
        Summary s = r.summary();
        String metric = r.metricLabel();
        List<Figure> f = List.of(
                new Figure("mean", "Mean", Money.format(s.mean())),
                new Figure("sd", "Standard deviation", Money.format(s.sd())),
                new Figure("p5", "P5", Money.format(s.p5())),
                new Figure("p10", "P10", Money.format(s.p10())),
                new Figure("p50", "P50 (median)", Money.format(s.p50())),
                new Figure("p90", "P90", Money.format(s.p90())),
                new Figure("p95", "P95", Money.format(s.p95())),
                new Figure("positive", "Chance it is above zero", chance(s.probabilityPositive())),
                new Figure("se", "Standard error of the mean", Money.format(s.standardError())),
                new Figure("deterministic", "With every input at its value", Money.format(r.deterministic())));
        List<AgencyRow> agencies = new ArrayList<>();
        for (SimulationResult.AgencySummary a : r.byAgency()) {
            Summary x = a.summary();
            agencies.add(new AgencyRow(a.agency(), Money.format(a.deterministic()), Money.format(x.mean()),
                    Money.format(x.p10()), Money.format(x.p90()), chance(x.probabilityPositive())));
        }
        double lo = Math.min(s.min(), r.deterministic());
        double hi = Math.max(s.max(), r.deterministic());
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        String caption = String.format("%s of the %s: %,d samples, seed %d. Values from this run; the same seed "
                        + "and model give the same figures.", metric,
                r.scenario().equals(org.journeyworkbench.model.Scenario.BASE_NAME) ? "base case"
                        : "scenario " + r.scenario(), r.samples(), r.seed());
        return new SimulationFigures(metric, caption, f, agencies, s.histogram(), s.cumulative(), r.deterministic(),
                Money.format(r.deterministic()), lo, hi, r.notes());
    }

    /** A probability as a person reads it: "87.3%", never "100%" or "0%" unless it is exactly so. */
    static String chance(double p) {
        if (p > 0.999 && p < 1) {
            return "over 99.9%";
        }
        if (p > 0 && p < 0.001) {
            return "under 0.1%";
        }
        return Percent.format(Math.round(p * 1000) / 1000.0);
    }

    public Figure figure(String id) {
        return figures.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }
}
