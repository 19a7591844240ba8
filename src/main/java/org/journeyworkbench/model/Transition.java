package org.journeyworkbench.model;

/**
 * An arrow from one stage to the next: the share of cases at {@code from} that go on to {@code to}.
 * The rate is a fraction (0.45 = 45%).
 *
 * @param source where the default rate comes from (a source only: a rate has no price year)
 */
public record Transition(String id, String from, String to, double rate, String label, Provenance source) {
    /** An arrow with no source given for its rate. */
    public Transition(String id, String from, String to, double rate, String label) {
        this(id, from, to, rate, label, Provenance.NONE);
    }

    public Transition {
        Checks.id("transition id", id);
        Checks.id("transitions[" + id + "].from", from);
        Checks.id("transitions[" + id + "].to", to);
        Checks.rate("transitions[" + id + "].rate", rate);
        label = Checks.optionalText(label);
        if (from.equals(to)) {
            throw new ModelException("transitions[" + id + "]",
                    "an arrow cannot lead from stage \"" + from + "\" back to itself");
        }
        source = Checks.sourceOnly("transitions[" + id + "].source", source, "a rate");
    }

    public Transition withRate(double value) {
        return new Transition(id, from, to, value, label, source);
    }

    public Transition withLabel(String value) {
        return new Transition(id, from, to, rate, value, source);
    }

    public Transition withSource(Provenance value) {
        return new Transition(id, from, to, rate, label, value);
    }
}
