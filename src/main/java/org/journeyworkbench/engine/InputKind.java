package org.journeyworkbench.engine;

/** What sort of number an input is: decides its format, its slider range and its checks. */
public enum InputKind {
    /** Pounds. */
    MONEY,
    /** A fraction shown as a percentage. */
    RATE,
    /** Cases, people or posts. */
    COUNT
}
