package org.journeyworkbench.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work once the window's first frame is on screen, so that nothing the first frame does not need
 * (Apache POI, the export) competes with it. JavaFX renders a pulse only after the previous frame has been
 * drawn, so the frame is painted once the second pulse after the window showed has run.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Call on the JavaFX thread just after the window is shown. */
    static void whenPainted(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    Platform.runLater(then);
                }
            }
        }.start();
    }
}
