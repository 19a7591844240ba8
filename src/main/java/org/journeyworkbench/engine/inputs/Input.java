package org.journeyworkbench.engine.inputs;

/**
 * One number that drives the result, with its address (the key scenario overrides and {@code --set}
 * use), a label in a programme officer's words, and the heading it belongs under.
 */
public record Input(InputAddress at, String group, String label, InputKind kind, double value) {
    /** The address as text: {@code stages.arrest.unitCost}. */
    public String address() {
        return at.toString();
    }
}
