package org.journeyworkbench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How unsure the inputs are: a {@link Distribution} by input address (an input not listed is fixed at its
 * value), where each came from, and rank correlations between pairs of inputs. The model holds one; a
 * scenario may hold its own, which overrides the model's entry by entry ({@link #overriddenBy}): a
 * {@code fixed} entry takes an input's range away, a correlation of 0 takes a pair's link away.
 * Whether a range fits the input it is on is checked by the engine, which knows each input's valid range.
 */
public record Uncertainty(Map<String, Distribution> distributions, Map<String, String> sources,
                          List<Correlation> correlations) {
    private static final Uncertainty NONE = new Uncertainty(Map.of(), Map.of(), List.of());

    public Uncertainty {
        distributions = Collections2.orderedCopy(distributions);
        sources = Collections2.orderedCopy(sources);
        correlations = Collections2.copy(correlations);
        for (int a = 0; a < correlations.size(); a++) {
            for (int b = 0; b < a; b++) {
                Correlation x = correlations.get(a);
                if (x.links(correlations.get(b).first(), correlations.get(b).second())) {
                    throw new ModelException("correlations[" + a + "]", "the correlation between " + x.first()
                            + " and " + x.second() + " is given twice");
                }
            }
        }
    }

    /** No ranges, no correlations. */
    public static Uncertainty none() {
        return NONE;
    }

    public boolean isEmpty() {
        return distributions.isEmpty() && correlations.isEmpty();
    }

    /** The input's distribution, or {@link Distribution.Fixed} when it has none. */
    public Distribution distribution(String address) {
        Distribution d = distributions.get(address);
        return d == null ? Distribution.fixed() : d;
    }

    /** Where the input's range came from, or "". */
    public String source(String address) {
        return sources.getOrDefault(address, "");
    }

    /** The rank correlation between two inputs, 0 when none is given. */
    public double correlation(String a, String b) {
        for (Correlation c : correlations) {
            if (c.links(a, b)) {
                return c.coefficient();
            }
        }
        return 0;
    }

    public Uncertainty withDistribution(String address, Distribution d) {
        Map<String, Distribution> copy = new LinkedHashMap<>(distributions);
        copy.put(address, d);
        return new Uncertainty(copy, sources, correlations);
    }

    /** Takes the entry away (the input follows the model's, or is fixed). */
    public Uncertainty withoutDistribution(String address) {
        Map<String, Distribution> copy = new LinkedHashMap<>(distributions);
        copy.remove(address);
        Map<String, String> src = new LinkedHashMap<>(sources);
        src.remove(address);
        return new Uncertainty(copy, src, correlations);
    }

    public Uncertainty withSource(String address, String source) {
        Map<String, String> copy = new LinkedHashMap<>(sources);
        if (source == null || source.isBlank()) {
            copy.remove(address);
        } else {
            copy.put(address, source);
        }
        return new Uncertainty(distributions, copy, correlations);
    }

    /** Sets (or replaces) the correlation between two inputs, keeping its place in the list. */
    public Uncertainty withCorrelation(Correlation c) {
        List<Correlation> copy = new ArrayList<>(correlations);
        for (int k = 0; k < copy.size(); k++) {
            if (copy.get(k).links(c.first(), c.second())) {
                copy.set(k, c);
                return new Uncertainty(distributions, sources, copy);
            }
        }
        copy.add(c);
        return new Uncertainty(distributions, sources, copy);
    }

    public Uncertainty withoutCorrelation(String a, String b) {
        return new Uncertainty(distributions, sources, correlations.stream().filter(c -> !c.links(a, b)).toList());
    }

    /**
     * This (the model's) with a scenario's entries laid over it: a scenario's distribution replaces the
     * model's for that input ({@code fixed} removes it); a scenario's correlation replaces the model's for
     * that pair (0 removes it).
     */
    public Uncertainty overriddenBy(Uncertainty scenario) {
        if (scenario == null || scenario.isEmpty()) {
            return this;
        }
        Map<String, Distribution> d = new LinkedHashMap<>(distributions);
        Map<String, String> s = new LinkedHashMap<>(sources);
        scenario.distributions.forEach((address, dist) -> {
            if (dist instanceof Distribution.Fixed) {
                d.remove(address);
                s.remove(address);
            } else {
                d.put(address, dist);
                s.remove(address);
            }
        });
        s.putAll(scenario.sources);
        s.keySet().retainAll(d.keySet());
        Uncertainty out = new Uncertainty(d, s, correlations);
        for (Correlation c : scenario.correlations) {
            out = c.coefficient() == 0 ? out.withoutCorrelation(c.first(), c.second()) : out.withCorrelation(c);
        }
        return out;
    }
}
