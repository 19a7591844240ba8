package org.journeyworkbench.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the workbench asks its user; tests answer them without dialogs. */
public interface Prompts {
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved unsavedChanges(String fileName);

    Optional<Path> fileToOpen();

    Optional<Path> fileToSave(String suggestedName, String extension, String description);

    /** A kind of file offered in a save dialog: its extension (no dot) and what it is, in words. */
    record FileKind(String extension, String description) {
    }

    /**
     * As {@link #fileToSave(String, String, String)}, offering several kinds of file; the file's extension
     * says which was chosen (the chooser adds the chosen kind's when the name has none).
     */
    default Optional<Path> fileToSave(String suggestedName, java.util.List<FileKind> kinds) {
        return fileToSave(suggestedName, kinds.get(0).extension(), kinds.get(0).description());
    }

    Optional<String> text(String title, String question, String initial);

    boolean confirm(String title, String question);

    void error(String title, String message);

    void info(String title, String message);
}
