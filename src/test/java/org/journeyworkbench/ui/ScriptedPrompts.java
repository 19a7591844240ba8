package org.journeyworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeyworkbench.ui.files.Prompts;

/** Answers the workbench's questions in tests, and remembers the errors it was shown. */
final class ScriptedPrompts implements Prompts {
    Unsaved unsaved = Unsaved.CANCEL;
    Path open;
    Path save;
    String text;
    /** Answers to text questions in turn, before {@link #text}; then {@link #text} (null: Cancel). */
    final java.util.Deque<String> texts = new java.util.ArrayDeque<>();
    boolean confirm = true;
    final List<String> errors = new ArrayList<>();

    @Override
    public Unsaved unsavedChanges(String fileName) {
        return unsaved;
    }

    @Override
    public Optional<Path> fileToOpen() {
        return Optional.ofNullable(open);
    }

    @Override
    public Optional<Path> fileToSave(String suggestedName, String extension, String description) {
        return Optional.ofNullable(save);
    }

    @Override
    public Optional<String> text(String title, String question, String initial) {
        if (!texts.isEmpty()) {
            return Optional.of(texts.poll());
        }
        return Optional.ofNullable(text);
    }

    @Override
    public boolean confirm(String title, String question) {
        return confirm;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void info(String title, String message) {
    }
}
