package org.journeyworkbench.ui.files;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.journeyworkbench.engine.validation.WindowLimits;
import org.journeyworkbench.io.RecoveryStore;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/** At start-up, offers back unsaved work a crash left behind, one copy at a time. */
public final class RecoveryOffer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
            .withZone(ZoneId.systemDefault());

    private RecoveryOffer() {
    }

    /**
     * Asks about each copy left behind; restores the first the user wants into {@code document}. A copy
     * refused as damaged, or declined, is discarded; one too large for the window is kept (it is the only
     * copy of that work), and the message says where, for the command line.
     */
    public static void offer(RecoveryStore store, WorkbenchDocument document, Prompts prompts, WindowLimits limits) {
        for (RecoveryStore.Recovery r : store.orphans()) {
            String question = "Journey Workbench closed without saving your changes to " + r.originalName()
                    + ". A copy was kept on " + WHEN.format(r.writtenAt()) + ".\n\nRestore it now? "
                    + "(Cancel discards it.)";
            if (prompts.confirm("Restore unsaved work?", question)) {
                try {
                    Path original = r.originalFile().isBlank() ? null : Path.of(r.originalFile());
                    document.restore(FileActions.forWindow(store.load(r), "The recovery copy of "
                            + r.originalName(), limits), original);
                    store.discard(r);
                    return;
                } catch (WindowLimits.TooLarge e) {
                    prompts.error("Could not restore", e.getMessage() + "\n\nThe copy is kept, unchanged, as "
                            + r.file() + ".");
                    continue;
                } catch (ModelException e) {
                    prompts.error("Could not restore", e.getMessage());
                }
            }
            store.discard(r);
        }
    }
}
