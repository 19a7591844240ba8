import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Measures a workbench jar that has no start-up probe of its own (an older build): runs its Main and prints
 * "first-frame MS" once its first window has been painted, then exits. "Painted" means the same as in the
 * workbench's own probe (StartupProbe): the second pulse after the window showed has run, and JavaFX starts
 * rendering a pulse only after the previous frame is on screen. MS counts from -Djourneyworkbench.launchedAt
 * (epoch ms, set by the shell just before it started java), else from the process's start.
 *
 * With -Dprobe.export=true it then times two exports of the bundled model in a row (the first export in a
 * fresh window, then the second).
 *
 * usage: java -cp PROBE_CLASSES:OLD.jar FirstFrameProbe [model.json]       (scripts/startup/measure.sh)
 */
public final class FirstFrameProbe {
    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> org.journeyworkbench.Main.main(args), "probe-main");
        app.start();
        while (true) {
            try {
                Platform.runLater(FirstFrameProbe::watch);
                return;
            } catch (IllegalStateException notYet) {
                Thread.sleep(2);
            }
        }
    }

    /** The older build warms nothing: two exports of the bundled model in a row, on the JavaFX thread,
     * 3 s after the first frame. */
    private static void timeExports() {
        try {
            Thread.sleep(3000);   // as a user would, some seconds after the window appears
            var model = org.journeyworkbench.ui.files.FileActions.barnet();
            for (int n = 1; n <= 2; n++) {
                java.nio.file.Path out = java.nio.file.Files.createTempFile("probe", ".xlsx");
                long t0 = System.nanoTime();
                org.journeyworkbench.io.xlsx.ExcelExport.write(model, null, out);
                System.err.println("export-" + n + " " + (System.nanoTime() - t0) / 1_000_000);
                java.nio.file.Files.delete(out);
            }
        } catch (Exception e) {
            System.err.println("export failed: " + e);
        }
    }

    private static void watch() {
        new AnimationTimer() {
            private int pulsesShowing;

            @Override
            public void handle(long now) {
                if (Window.getWindows().stream().anyMatch(Window::isShowing) && ++pulsesShowing == 2) {
                    stop();
                    Platform.runLater(() -> {
                        long launched = Long.getLong("journeyworkbench.launchedAt",
                                ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli());
                        System.err.println("first-frame " + (System.currentTimeMillis() - launched));
                        if (Boolean.getBoolean("probe.export")) {
                            timeExports();
                        }
                        System.exit(0);
                    });
                }
            }
        }.start();
    }
}
