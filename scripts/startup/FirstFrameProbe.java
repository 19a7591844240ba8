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
 * usage: java -cp scripts/startup/classes:OLD.jar FirstFrameProbe [model.json]
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
                        System.exit(0);
                    });
                }
            }
        }.start();
    }
}
