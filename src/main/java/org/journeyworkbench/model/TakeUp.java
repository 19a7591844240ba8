package org.journeyworkbench.model;

/**
 * How many of a target group's cases an initiative takes on: a count a year, or a share of the
 * group's cases reaching the intervention stage.
 *
 * @param source where the take-up comes from (a source only: a take-up has no price year)
 */
public record TakeUp(Basis basis, double value, Provenance source) {
    public enum Basis { COUNT, SHARE }

    /** A take-up with no source given. */
    public TakeUp(Basis basis, double value) {
        this(basis, value, Provenance.NONE);
    }

    public TakeUp {
        if (basis == null) {
            throw new ModelException("takeUp.basis", "must be \"count\" or \"share\"");
        }
        if (basis == Basis.SHARE) {
            Checks.rate("takeUp.value", value);
        } else {
            Checks.cases("takeUp.value", value);
        }
        source = Checks.sourceOnly("takeUp.source", source, "a take-up");
    }

    public static TakeUp count(double cases) {
        return new TakeUp(Basis.COUNT, cases);
    }

    public static TakeUp share(double fraction) {
        return new TakeUp(Basis.SHARE, fraction);
    }

    public TakeUp withValue(double v) {
        return new TakeUp(basis, v, source);
    }

    public TakeUp withSource(Provenance v) {
        return new TakeUp(basis, value, v);
    }
}
