package org.journeyworkbench.ui.document;

/** What is selected on the canvas (and shown in the inspector). */
public record Selection(Kind kind, String id) {
    public enum Kind { STAGE, TRANSITION, TARGET_GROUP, INITIATIVE }
}
