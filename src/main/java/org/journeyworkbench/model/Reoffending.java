package org.journeyworkbench.model;

/**
 * Fewer repeat journeys for the cases an initiative works with.
 *
 * @param reduction             the share of repeat journeys avoided (0.2 = 20% fewer)
 * @param repeatJourneysPerCase how many repeat journeys a case would make in a year without it
 * @param repeatFromStage       the stage the repeat journey starts at (e.g. return to custody)
 */
public record Reoffending(double reduction, double repeatJourneysPerCase, String repeatFromStage) {
    public Reoffending {
        Checks.rate("reoffending.reduction", reduction);
        Checks.cases("reoffending.repeatJourneysPerCase", repeatJourneysPerCase);
        if (repeatJourneysPerCase > 100) {
            throw new ModelException("reoffending.repeatJourneysPerCase",
                    repeatJourneysPerCase + " repeat journeys a case a year is implausible; check the figure");
        }
        Checks.id("reoffending.repeatFromStage", repeatFromStage);
    }

    public Reoffending withReduction(double v) {
        return new Reoffending(v, repeatJourneysPerCase, repeatFromStage);
    }

    public Reoffending withRepeatJourneysPerCase(double v) {
        return new Reoffending(reduction, v, repeatFromStage);
    }
}
