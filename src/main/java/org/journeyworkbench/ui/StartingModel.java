package org.journeyworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.journeyworkbench.engine.validation.WindowLimits;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.files.FileActions;

/**
 * The model the window opens on: the file named on the command line, or the bundled Barnet model. It is read
 * on a thread of its own while JavaFX starts (reading JSON is a third of a second's start-up work), so the
 * window does not wait for it on a machine with a second core.
 */
final class StartingModel {
    private static volatile CompletableFuture<Opened> reading;

    private StartingModel() {
    }

    /** What to open, the file it came from (null for the bundled model), and why the asked-for file could not be. */
    record Opened(JourneyModel model, Path file, String problem) {
    }

    /** Starts reading; call before JavaFX starts. {@code --present} is not a file name, so is passed over. */
    static void begin(List<String> commandLine) {
        List<String> args = WorkbenchApp.withoutPresent(commandLine);
        CompletableFuture<Opened> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(open(args));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "starting-model");
        t.setDaemon(true);
        t.start();
        reading = f;
    }

    /** The model read by {@link #begin}, or read now if nothing was begun (as when a test starts the app). */
    static Opened get(List<String> args) {
        CompletableFuture<Opened> f = reading;
        reading = null;
        if (f == null) {
            return open(args);
        }
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Opened open(List<String> args) {
        if (!args.isEmpty()) {
            Path asked = Path.of(args.get(0));
            try {
                return new Opened(FileActions.readForWindow(asked, WindowLimits.WINDOW), asked, null);
            } catch (ModelException e) {
                return new Opened(FileActions.barnet(), null, e.getMessage());
            }
        }
        return new Opened(FileActions.barnet(), null, null);
    }
}
