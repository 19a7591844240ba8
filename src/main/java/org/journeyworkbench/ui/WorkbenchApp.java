package org.journeyworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.journeyworkbench.engine.validation.WindowLimits;
import org.journeyworkbench.io.RecoveryStore;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.DialogPrompts;
import org.journeyworkbench.ui.files.RecentFiles;
import org.journeyworkbench.ui.files.RecoveryOffer;
import org.journeyworkbench.ui.files.RecoveryService;

/**
 * The workbench application. Starts on the file given on the command line, or on the bundled Barnet
 * model, so a new user sees the whole thing working at once; offers back unsaved work a crash left behind.
 */
public final class WorkbenchApp extends Application {
    /** On the command line, starts the window in workshop mode. */
    public static final String PRESENT = "--present";
    private RecoveryService recovery;

    @Override
    public void start(Stage stage) {
        DialogPrompts prompts = new DialogPrompts(stage);
        List<String> raw = getParameters().getRaw();
        boolean present = raw.contains(PRESENT);
        List<String> args = withoutPresent(raw);
        StartingModel.Opened opened = StartingModel.get(args);
        Path file = opened.file();
        String openProblem = opened.problem();
        WorkbenchDocument document = new WorkbenchDocument(opened.model(), file);
        RecoveryStore store = RecoveryStore.inUserHome();
        recovery = new RecoveryService(document, store);
        RecentFiles recent = RecentFiles.inUserHome();
        if (file != null) {
            recent.add(file);
        }
        MainWindow window = new MainWindow(stage, document, prompts, recent, recovery::snapshot,
                ExcelExportAction::run, true, org.journeyworkbench.ui.window.WindowSettingsStore.inUserHome());
        stage.show();
        StartupProbe.shown();
        // Once the window is painted: the assumption rows below the fold, then Apache POI warmed in the
        // background; the first frame waits for neither.
        FirstFrame.whenPainted(() -> {
            StartupProbe.firstFramePainted();
            window.finishStart(() -> StartupProbe.started(document,
                    PoiWarmUp.start(document.model(), document.scenarioName())));
        });
        if (openProblem != null) {
            prompts.error("Could not open " + args.get(0), openProblem + "\n\nThe bundled Barnet model is open instead.");
        }
        RecoveryOffer.offer(store, document, prompts, WindowLimits.WINDOW);
        recovery.start(60);
        window.canvas().requestFocus();
        if (present) {
            window.workshop().enter();
        }
    }

    /** The command line without {@link #PRESENT}: what is left names the model file, if anything. */
    static List<String> withoutPresent(List<String> args) {
        return args.stream().filter(a -> !a.equals(PRESENT)).toList();
    }

    @Override
    public void stop() {
        if (recovery != null) {
            recovery.stop();
        }
    }
}
