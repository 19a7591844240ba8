package org.journeyworkbench.model;

/** What a Level 1 term adds up, across every initiative switched on. */
public enum Measure {
    /** Savings from cases taken off the standard journey (1A in the Barnet reading). */
    AVOIDED_JOURNEY_COSTS("savings from cases taken off the standard journey"),
    /** Savings from fewer repeat journeys (2A). */
    REDUCED_REOFFENDING("savings from reduced reoffending"),
    /** Alternative routes plus running costs (3A). */
    RUNNING_COSTS("running costs of the initiatives, including alternative routes"),
    /** One-off set-up costs (4AB). */
    SET_UP_COSTS("set-up costs"),
    /** A fixed figure the user types in. */
    CONSTANT("a fixed figure");

    private final String description;

    Measure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
