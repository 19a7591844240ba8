package org.journeyworkbench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The workbench window. (First window; the full workbench is built in the window issue.) */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Journey Workbench");
        stage.setScene(new Scene(new BorderPane(new Label("Journey Workbench")), 1200, 800));
        stage.show();
    }
}
