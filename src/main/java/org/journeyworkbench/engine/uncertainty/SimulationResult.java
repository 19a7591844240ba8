package org.journeyworkbench.engine.uncertainty;

import java.util.List;

/**
 * A Monte Carlo run: the settings that reproduce it, the metric's figure with every input at its value
 * ({@code deterministic}, to mark on a histogram), the summary of the metric and of each agency's NPV, and
 * the samples themselves in sample order.
 */
public final class SimulationResult {
    private final Metric metric;
    private final String metricLabel;
    private final String scenario;
    private final int samples;
    private final long seed;
    private final double deterministic;
    private final Summary summary;
    private final List<AgencySummary> byAgency;
    private final List<String> notes;
    private final double[] values;

    /** One agency's NPV across the samples. */
    public record AgencySummary(String agencyId, String agency, double deterministic, Summary summary) {
    }

    SimulationResult(Metric metric, String metricLabel, String scenario, int samples, long seed, double deterministic,
                     Summary summary, List<AgencySummary> byAgency, List<String> notes, double[] values) {
        this.metric = metric;
        this.metricLabel = metricLabel;
        this.scenario = scenario;
        this.samples = samples;
        this.seed = seed;
        this.deterministic = deterministic;
        this.summary = summary;
        this.byAgency = List.copyOf(byAgency);
        this.notes = List.copyOf(notes);
        this.values = values;
    }

    public Metric metric() {
        return metric;
    }

    /** "NPV", "First-year net saving", "NPV to Police". */
    public String metricLabel() {
        return metricLabel;
    }

    /** The scenario's name ("Base case" for the base case). */
    public String scenario() {
        return scenario;
    }

    public int samples() {
        return samples;
    }

    public long seed() {
        return seed;
    }

    /** The metric with every input at its value in the scenario. */
    public double deterministic() {
        return deterministic;
    }

    public Summary summary() {
        return summary;
    }

    /** Each agency's NPV across the samples, in the model's order of agencies. */
    public List<AgencySummary> byAgency() {
        return byAgency;
    }

    /** Things worth knowing that are not errors (a correlation with an input that has no range). */
    public List<String> notes() {
        return notes;
    }

    /** The metric's value in each sample, in sample order (a copy). */
    public double[] values() {
        return values.clone();
    }
}
