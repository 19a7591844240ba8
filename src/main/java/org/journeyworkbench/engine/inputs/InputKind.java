package org.journeyworkbench.engine.inputs;

/** What sort of number an input is: decides its format, its slider range and its checks. */
public enum InputKind {
    /** Pounds. */
    MONEY,
    /** A fraction shown as a percentage. */
    RATE,
    /** Cases, people or posts. */
    COUNT,
    /** An initiative switched on (1) or off (0). */
    SWITCH,
    /** A multiplier of a year's take-up or costs, shown as a percentage (100% = as in year 0). */
    MULTIPLIER,
    /** A whole number of years. */
    YEARS
}
