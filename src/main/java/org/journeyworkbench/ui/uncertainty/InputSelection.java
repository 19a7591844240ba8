package org.journeyworkbench.ui.uncertainty;

import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.ui.document.Selection;

/**
 * Which item on the canvas an input belongs to, so clicking it in a tornado selects that stage, arrow, target
 * group or initiative: null for the appraisal's own figures and the Level 1 terms, which have no box.
 */
public final class InputSelection {
    private InputSelection() {
    }

    public static Selection of(String address) {
        InputAddress at = InputAddress.parseOrNull(address);
        if (at == null) {
            return null;
        }
        return switch (at.target()) {
            case STAGE_UNIT_COST -> new Selection(Selection.Kind.STAGE, at.id());
            case TRANSITION_RATE -> new Selection(Selection.Kind.TRANSITION, at.id());
            case GROUP_CASES, GROUP_RATE, GROUP_UNIT_COST -> new Selection(Selection.Kind.TARGET_GROUP, at.id());
            case TERM_VALUE, YEARS, DISCOUNT_RATE, APPRAISAL_OB_COSTS, APPRAISAL_OB_BENEFITS -> null;
            default -> new Selection(Selection.Kind.INITIATIVE, at.id());
        };
    }
}
