package org.journeyworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Measures start-up for docs/performance.md and trains the packaged app's class-data archive; does nothing
 * unless {@code -Djourneyworkbench.firstFrame} is set:
 * <ul>
 * <li>{@code print}: prints "first-frame MS" on stderr once the first frame is painted;</li>
 * <li>{@code exit}: the same, then exits (a whole-process measurement);</li>
 * <li>{@code export}: waits for the background POI warm-up, times two exports of the open model, exits;</li>
 * <li>{@code train}: waits for the warm-up and exits, so the class-data archive holds the export too.</li>
 * </ul>
 * All but {@code exit} also print "complete MS" once the rows a quick start left out are built.
 * MS counts from {@code -Djourneyworkbench.launchedAt} (epoch milliseconds, taken by the shell just before
 * it started the program), else from the process's start.
 */
final class StartupProbe {
    static final String PROPERTY = "journeyworkbench.firstFrame";

    private StartupProbe() {
    }

    /** The window is on screen, though not yet painted: the time between is what the user sees blank. */
    static void shown() {
        if (System.getProperty(PROPERTY) != null) {
            System.err.println("shown " + (System.currentTimeMillis() - launchedAt()));
        }
    }

    static void firstFramePainted() {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        System.err.println("first-frame " + (System.currentTimeMillis() - launchedAt()));
        if (mode.equals("exit")) {
            System.exit(0);
        }
    }

    /** Every row built (the rest of a quick start), the POI warm-up under way. */
    static void started(WorkbenchDocument document, CompletableFuture<Void> warmUp) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        System.err.println("complete " + (System.currentTimeMillis() - launchedAt()));
        switch (mode) {
            case "train" -> warmUp.thenRun(() -> System.exit(0));
            case "export" -> warmUp.thenRun(() -> Platform.runLater(() -> {
                System.err.println("warm-up-done " + (System.currentTimeMillis() - launchedAt()));
                timeExport(document, 1);
                timeExport(document, 2);
                System.exit(0);
            }));
            default -> { }
        }
    }

    private static void timeExport(WorkbenchDocument document, int n) {
        try {
            Path out = Files.createTempFile("startup-probe", ".xlsx");
            long t0 = System.nanoTime();
            ExcelExport.write(document.model(), document.scenarioName(), out);
            System.err.println("export-" + n + " " + (System.nanoTime() - t0) / 1_000_000);
            Files.deleteIfExists(out);
        } catch (Exception e) {
            System.err.println("export-" + n + " failed: " + e.getMessage());
        }
    }

    private static long launchedAt() {
        Long given = Long.getLong("journeyworkbench.launchedAt");
        return given != null ? given
                : ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
    }
}
