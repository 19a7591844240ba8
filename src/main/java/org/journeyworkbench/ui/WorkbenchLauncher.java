package org.journeyworkbench.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; kept apart from Main so the command line never loads JavaFX. */
public final class WorkbenchLauncher {
    /** Exit code for a window that cannot open where there is no display: the user can fix it. */
    static final int NO_DISPLAY = 2;
    /** Held so the level set on it is not lost when the logger is collected. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        String noDisplay = DisplayCheck.problem(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println(noDisplay);
            System.exit(NO_DISPLAY);
        }
        // JavaFX warns on every start of a fat jar ("Unsupported JavaFX configuration"): noise for a user.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        StartingModel.begin(java.util.List.of(args));
        try {
            Application.launch(WorkbenchApp.class, args);
        } catch (RuntimeException e) {
            // A display named but not reachable (DISPLAY=:9 with no server) fails inside JavaFX: one plain line.
            System.err.println(DisplayCheck.launchFailed(e));
            System.exit(DisplayCheck.isDisplayFailure(e) ? NO_DISPLAY : 1);
        }
    }
}
