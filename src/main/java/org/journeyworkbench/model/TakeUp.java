package org.journeyworkbench.model;

/**
 * How many of a target group's cases an initiative takes on: a count a year, or a share of the
 * group's cases reaching the intervention stage.
 */
public record TakeUp(Basis basis, double value) {
    public enum Basis { COUNT, SHARE }

    public TakeUp {
        if (basis == null) {
            throw new ModelException("takeUp.basis", "must be \"count\" or \"share\"");
        }
        if (basis == Basis.SHARE) {
            Checks.rate("takeUp.value", value);
        } else {
            Checks.cases("takeUp.value", value);
        }
    }

    public static TakeUp count(double cases) {
        return new TakeUp(Basis.COUNT, cases);
    }

    public static TakeUp share(double fraction) {
        return new TakeUp(Basis.SHARE, fraction);
    }

    public TakeUp withValue(double v) {
        return new TakeUp(basis, v);
    }
}
