package org.journeyworkbench.ui.workshop;

import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Pinning an input as a workshop lever, or unpinning it: one undo step each, saved with the model
 * ({@code workshop.levers}). Addresses are kept as {@link InputAddress} spells them, however they were typed.
 */
public final class LeverPins {
    private LeverPins() {
    }

    public static boolean isPinned(WorkbenchDocument document, String address) {
        return document.model().workshop().isPinned(spelled(address));
    }

    /** Pins or unpins; a refusal (too many levers) becomes the document's notice. */
    public static void toggle(WorkbenchDocument document, String address, String label) {
        String at = spelled(address);
        boolean pinned = document.model().workshop().isPinned(at);
        if (document.tryEdit((pinned ? "Unpin " : "Pin ") + label + (pinned ? "" : " as a lever"),
                m -> m.withWorkshop(pinned ? m.workshop().unpin(at) : m.workshop().pin(at)))) {
            document.notice(pinned ? "Unpinned " + label + "." : "Pinned " + label
                    + " as a lever: it shows as a large slider in workshop mode (View ▸ Present, F5).");
        }
    }

    static String spelled(String address) {
        InputAddress at = InputAddress.parseOrNull(address);
        if (at == null) {
            throw new ModelException("lever", "\"" + address + "\" is not an input's address");
        }
        return at.toString();
    }
}
