package org.journeyworkbench.engine.calc;

import org.journeyworkbench.model.Measure;

/**
 * The parts an initiative's first-year money is built from, each subtotalled by agency: what the Level 1
 * measures add up and how each part moves over the appraisal years.
 */
public enum Component {
    AVOIDED("Avoided journey", Measure.AVOIDED_JOURNEY_COSTS, true),
    REOFFENDING("Reduced reoffending", Measure.REDUCED_REOFFENDING, true),
    ALTERNATIVE("Alternative route", Measure.RUNNING_COSTS, false),
    RUNNING_PER_CASE("Running cost per case", Measure.RUNNING_COSTS, false),
    RUNNING_FIXED("Fixed running cost", Measure.RUNNING_COSTS, false),
    SET_UP("Set-up cost", Measure.SET_UP_COSTS, false);

    private final String label;
    private final Measure measure;
    private final boolean benefit;

    Component(String label, Measure measure, boolean benefit) {
        this.label = label;
        this.measure = measure;
        this.benefit = benefit;
    }

    public String label() {
        return label;
    }

    public Measure measure() {
        return measure;
    }

    public boolean isBenefit() {
        return benefit;
    }

    /** Whether it scales with the cases taken on in a year (the take-up profile). */
    public boolean perCase() {
        return this != RUNNING_FIXED && this != SET_UP;
    }
}
