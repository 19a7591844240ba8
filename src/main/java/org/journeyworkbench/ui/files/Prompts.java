package org.journeyworkbench.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the workbench asks its user; tests answer them without dialogs. */
public interface Prompts {
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved unsavedChanges(String fileName);

    Optional<Path> fileToOpen();

    Optional<Path> fileToSave(String suggestedName, String extension, String description);

    Optional<String> text(String title, String question, String initial);

    boolean confirm(String title, String question);

    void error(String title, String message);

    void info(String title, String message);
}
