package org.journeyworkbench.ui.workshop;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.Prompts;
import org.journeyworkbench.ui.options.OptionsViewModel;

/**
 * Presenting (View ▸ Present, F5, {@code --present}): the window goes full screen and its content becomes the
 * {@link WorkshopView}; Escape puts the normal window back as it was. Number keys show an option, Ctrl+Z
 * undoes (and is logged); arrow keys move the lever in focus.
 */
public final class WorkshopMode {
    private final Stage stage;
    private final WorkbenchDocument document;
    private final Prompts prompts;
    private final WorkshopViewModel vm;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final EventHandler<KeyEvent> keys = this::key;
    private Parent normal;
    private boolean wasFullScreen;
    private WorkshopView view;
    private boolean fullScreen = true;

    public WorkshopMode(Stage stage, WorkbenchDocument document, OptionsViewModel options, Prompts prompts) {
        this.stage = stage;
        this.document = document;
        this.prompts = prompts;
        this.vm = new WorkshopViewModel(document, options);
    }

    /** Whether presenting goes full screen (yes; tests present in a window of the size they set). */
    public void setFullScreen(boolean fullScreen) {
        this.fullScreen = fullScreen;
    }

    public WorkshopViewModel viewModel() {
        return vm;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The workshop's face while presenting, else null. */
    public WorkshopView view() {
        return view;
    }

    /** Starts presenting: full screen, the workshop's face, a fresh session log. */
    public void enter() {
        Scene scene = stage.getScene();
        if (active.get() || scene == null) {
            return;
        }
        document.cancelPreview();
        vm.begin();
        normal = scene.getRoot();
        view = new WorkshopView(vm, document, new WorkshopView.Actions() {
            @Override
            public void saveAsScenario() {
                WorkshopMode.this.saveAsScenario();
            }

            @Override
            public void exportCsv() {
                WorkshopMode.this.exportCsv();
            }

            @Override
            public void exportWorkbook() {
                WorkshopMode.this.exportWorkbook();
            }

            @Override
            public void leave() {
                WorkshopMode.this.leave();
            }
        });
        scene.setRoot(view);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        wasFullScreen = stage.isFullScreen();
        // Escape is ours (leave the workshop), not JavaFX's own way out of full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen || wasFullScreen);
        active.set(true);
        document.notice("");
        view.focusFirstLever();
    }

    /** Back to the normal window as it was; the session log stays for export until the next session. */
    public void leave() {
        if (!active.get()) {
            return;
        }
        vm.end();
        Scene scene = stage.getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.setRoot(normal);
        stage.setFullScreen(wasFullScreen);
        view = null;
        active.set(false);
        document.notice(vm.log().isEmpty() ? "" : "Workshop ended: " + vm.log().size()
                + (vm.log().size() == 1 ? " change" : " changes") + " in its log.");
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            leave();
            e.consume();
        } else if (e.isShortcutDown() && code == KeyCode.Z && !e.isShiftDown()) {
            vm.undo();
            e.consume();
        } else if (!e.isShortcutDown() && !e.isAltDown() && digit(code) > 0) {
            vm.showOption(digit(code));
            e.consume();
        }
    }

    /** 1–9 for a digit key (top row or keypad), else 0. */
    static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return c >= '1' && c <= '9' ? c - '0' : 0;
        }
        return 0;
    }

    private void saveAsScenario() {
        String suggested = "Workshop " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM yyyy"));
        prompts.text("Save as scenario", "Keep what is shown now as a new scenario called:", suggested)
                .ifPresent(vm::saveAsScenario);
    }

    private void exportCsv() {
        prompts.fileToSave("workshop log.csv", "csv", "CSV files").ifPresent(chosen -> {
            Path out = withExtension(chosen, ".csv");
            try {
                vm.exportCsv(out);
                document.notice("Saved the session log to " + out.getFileName() + ".");
            } catch (IOException e) {
                prompts.error("Could not save the log", out.getFileName() + " could not be written: "
                        + org.journeyworkbench.io.FileProblems.whyNotWritten(e) + "\n\nThe log is still here.");
            }
        });
    }

    private void exportWorkbook() {
        prompts.fileToSave("workshop.xlsx", "xlsx", "Excel workbooks").ifPresent(chosen -> {
            Path out = withExtension(chosen, ".xlsx");
            try {
                ExcelExport.write(document.model(), document.scenarioName(), out, vm.log());
                document.notice("Exported " + vm.showing() + " with the session log to " + out.getFileName() + ".");
            } catch (ModelException | IOException e) {
                prompts.error("Could not export", e.getMessage() + "\n\nNo file was written; the session goes on.");
            }
        });
    }

    private static Path withExtension(Path chosen, String extension) {
        return chosen.getFileName().toString().toLowerCase().endsWith(extension) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + extension);
    }
}
