package org.journeyworkbench.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.journeyworkbench.io.RecoveryStore;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Writes a recovery copy of unsaved work in the background about once a minute, never blocking the user:
 * the model is immutable, so the copy is taken on the UI thread in an instant and written on another.
 */
public final class RecoveryService {
    private final WorkbenchDocument document;
    private final RecoveryStore store;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "recovery-writer");
        t.setDaemon(true);
        return t;
    });

    /** Whether the last recovery copy failed; touched only on the writer thread. */
    private boolean failing;

    public RecoveryService(WorkbenchDocument document, RecoveryStore store) {
        this.document = document;
        this.store = store;
    }

    public void start(long periodSeconds) {
        writer.scheduleWithFixedDelay(() -> Platform.runLater(this::snapshot), periodSeconds, periodSeconds,
                TimeUnit.SECONDS);
    }

    /** Takes the copy now if there is unsaved work; writes it on the background thread. */
    public void snapshot() {
        if (!document.isDirty()) {
            writer.execute(store::discardOwn);
            return;
        }
        JourneyModel model = document.model();
        Path file = document.file();
        writer.execute(() -> {
            try {
                store.write(model, file);
                failing = false;
            } catch (IOException e) {
                // The next attempt a minute later may succeed; the work is still open. Said once, not every minute.
                if (!failing) {
                    failing = true;
                    String why = RecoveryService.notWritten(e);
                    Platform.runLater(() -> document.notice(why));
                }
            }
        });
    }

    /** The status line's words when a recovery copy could not be written. */
    static String notWritten(IOException e) {
        return "Unsaved changes could not be copied for recovery (" + org.journeyworkbench.io.FileProblems
                .whyNotWritten(e) + "); save them to keep them.";
    }

    /** On a clean exit: the work was saved or deliberately discarded, so no copy is kept. */
    public void stop() {
        writer.shutdown(); // lets a copy being written finish, so it cannot reappear after the discard
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.discardOwn();
    }
}
