package org.journeyworkbench.engine.result;

/** A Level 1 term with its value in this scenario. */
public record TermValue(String name, String label, double value) {
}
