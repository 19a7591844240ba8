package org.journeyworkbench.model;

/**
 * Fewer repeat journeys for the cases an initiative works with.
 *
 * @param reduction             the share of repeat journeys avoided (0.2 = 20% fewer)
 * @param repeatJourneysPerCase how many repeat journeys a case would make in a year without it
 * @param repeatFromStage       the stage the repeat journey starts at (e.g. return to custody)
 * @param source                where the reduction and the repeat journeys come from (a source only)
 */
public record Reoffending(double reduction, double repeatJourneysPerCase, String repeatFromStage,
                          Provenance source) {
    /** Reduced reoffending with no source given. */
    public Reoffending(double reduction, double repeatJourneysPerCase, String repeatFromStage) {
        this(reduction, repeatJourneysPerCase, repeatFromStage, Provenance.NONE);
    }

    public Reoffending {
        Checks.rate("reoffending.reduction", reduction);
        Checks.cases("reoffending.repeatJourneysPerCase", repeatJourneysPerCase);
        if (repeatJourneysPerCase > 100) {
            throw new ModelException("reoffending.repeatJourneysPerCase",
                    repeatJourneysPerCase + " repeat journeys a case a year is implausible; check the figure");
        }
        Checks.id("reoffending.repeatFromStage", repeatFromStage);
        source = Checks.sourceOnly("reoffending.source", source, "a reduction in reoffending");
    }

    public Reoffending withReduction(double v) {
        return new Reoffending(v, repeatJourneysPerCase, repeatFromStage, source);
    }

    public Reoffending withRepeatJourneysPerCase(double v) {
        return new Reoffending(reduction, v, repeatFromStage, source);
    }

    public Reoffending withRepeatFromStage(String v) {
        return new Reoffending(reduction, repeatJourneysPerCase, v, source);
    }

    public Reoffending withSource(Provenance v) {
        return new Reoffending(reduction, repeatJourneysPerCase, repeatFromStage, v);
    }
}
