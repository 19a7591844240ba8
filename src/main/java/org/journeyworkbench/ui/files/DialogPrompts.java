package org.journeyworkbench.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real questions, as dialogs over the main window. */
public final class DialogPrompts implements Prompts {
    private final Window owner;
    private File lastFolder;

    public DialogPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved unsavedChanges(String fileName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                save, discard, cancel);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + fileName + "?");
        ButtonType chosen = a.showAndWait().orElse(cancel);
        return chosen == save ? Unsaved.SAVE : chosen == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Optional<Path> fileToOpen() {
        FileChooser c = chooser("Open a model", "*.json", "Journey Workbench models");
        File f = c.showOpenDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> fileToSave(String suggestedName, String extension, String description) {
        FileChooser c = chooser("Save as", "*." + extension, description);
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> fileToSave(String suggestedName, java.util.List<FileKind> kinds) {
        FileChooser c = chooser("Save as", "*." + kinds.get(0).extension(), kinds.get(0).description());
        for (FileKind k : kinds.subList(1, kinds.size())) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(k.description(), "*." + k.extension()));
        }
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner);
        if (f != null && kinds.stream().noneMatch(k -> f.getName().toLowerCase().endsWith("." + k.extension()))) {
            // No known extension typed: the kind chosen in the chooser's list decides.
            String ext = c.getSelectedExtensionFilter() == null ? kinds.get(0).extension()
                    : c.getSelectedExtensionFilter().getExtensions().get(0).substring(2);
            return remember(new File(f.getParentFile(), f.getName() + "." + ext));
        }
        return remember(f);
    }

    private FileChooser chooser(String title, String pattern, String description) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return c;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public Optional<String> text(String title, String question, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(question);
        return d.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public void error(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void info(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(520);
        a.showAndWait();
    }
}
