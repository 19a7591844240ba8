package org.journeyworkbench.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; kept apart from Main so the command line never loads JavaFX. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        StartingModel.begin(java.util.List.of(args));
        Application.launch(WorkbenchApp.class, args);
    }
}
