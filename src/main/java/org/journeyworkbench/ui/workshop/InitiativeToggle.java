package org.journeyworkbench.ui.workshop;

/** An initiative as a large on/off toggle in workshop mode, for the option being shown. */
public record InitiativeToggle(String id, String name, boolean on) {
    /** A node id for the toggle. */
    public String nodeId() {
        return "toggle-" + id;
    }
}
