package org.journeyworkbench.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.journeyworkbench.engine.layout.AutoLayout;
import org.journeyworkbench.engine.validation.WindowLimits;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * New, Open, Save, Save As and recent files, each asking before unsaved work could be lost, and each
 * leaving the open model untouched when it cannot do what was asked.
 */
public final class FileActions {
    public static final String BARNET = "/sample-models/barnet-2012.json";
    private final WorkbenchDocument document;
    private final Prompts prompts;
    private final RecentFiles recent;
    private final Runnable afterSave;
    private final WindowLimits limits;

    public FileActions(WorkbenchDocument document, Prompts prompts, RecentFiles recent, Runnable afterSave) {
        this(document, prompts, recent, afterSave, WindowLimits.WINDOW);
    }

    /** As above, refusing models past {@code limits} (tests use a small limit). */
    FileActions(WorkbenchDocument document, Prompts prompts, RecentFiles recent, Runnable afterSave,
                WindowLimits limits) {
        this.document = document;
        this.prompts = prompts;
        this.recent = recent;
        this.afterSave = afterSave;
        this.limits = limits;
    }

    /**
     * The one way a model file comes into the window (Open, drag and drop, recent files, the command line at
     * start): read, refused with a {@link WindowLimits.TooLarge} when its diagram is too large for the window
     * (before it is laid out or drawn), then laid out. Any problem is a {@link ModelException}.
     */
    public static JourneyModel readForWindow(Path file, WindowLimits limits) {
        return forWindow(ModelFiles.read(file), String.valueOf(file.getFileName()), limits);
    }

    /** A model already read (a recovery copy) checked and laid out as {@link #readForWindow} does. */
    public static JourneyModel forWindow(JourneyModel m, String name, WindowLimits limits) {
        limits.requireFits(m, name);
        return laidOut(m);
    }

    /** The bundled Barnet model, laid out, as an untitled document would hold it. */
    public static JourneyModel barnet() {
        try (InputStream in = FileActions.class.getResourceAsStream(BARNET)) {
            if (in == null) {
                throw new IllegalStateException("the Barnet sample is missing from the build");
            }
            return laidOut(ModelFiles.read(in, "barnet-2012.json"));
        } catch (IOException e) {
            throw new IllegalStateException("the Barnet sample could not be read", e);
        }
    }

    static JourneyModel laidOut(JourneyModel m) {
        return AutoLayout.needsLayout(m) ? AutoLayout.layOut(m) : m;
    }

    /** A model with the six Barnet agencies and the Level 1 formula, and nothing else yet. */
    public static JourneyModel blank() {
        return new JourneyModel("Untitled model", "", List.of(new Agency("police", "Police", "#1F4E9C"),
                new Agency("cps", "CPS", "#7B3F9E"), new Agency("probation", "Probation", "#2E8B57"),
                new Agency("court", "Court", "#B8860B"), new Agency("prison", "Prison", "#A52A2A"),
                new Agency("tbc", "TBC", "#708090")), List.of(), List.of(), List.of(), List.of(), Level1.barnet(),
                List.of());
    }

    public String displayName() {
        Path f = document.file();
        return f == null ? "Untitled" : f.getFileName().toString();
    }

    /** Asks to save unsaved changes; false when the user cancels (or the save fails). */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (prompts.unsavedChanges(displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public void newModel() {
        if (confirmDiscard()) {
            document.replaceWith(blank(), null);
        }
    }

    public void openChosen() {
        if (confirmDiscard()) {
            prompts.fileToOpen().ifPresent(this::openWithoutAsking);
        }
    }

    /** Opens a file after asking about unsaved changes (recent files, drag and drop). */
    public boolean open(Path file) {
        return confirmDiscard() && openWithoutAsking(file);
    }

    private boolean openWithoutAsking(Path file) {
        try {
            JourneyModel m = readForWindow(file, limits);
            document.replaceWith(m, file);
            recent.add(file);
            return true;
        } catch (ModelException e) {
            prompts.error("Could not open " + file.getFileName(), e.getMessage()
                    + "\n\nThe model you had open is unchanged.");
            return false;
        }
    }

    public boolean save() {
        if (document.file() == null) {
            return saveAs();
        }
        return saveTo(document.file());
    }

    public boolean saveAs() {
        String suggested = document.file() == null ? "model.json" : document.file().getFileName().toString();
        return prompts.fileToSave(suggested, "json", "Journey Workbench models").map(this::saveTo).orElse(false);
    }

    private boolean saveTo(Path file) {
        Path target = file.getFileName().toString().contains(".") ? file
                : file.resolveSibling(file.getFileName() + ".json");
        try {
            document.saveAs(target);
            recent.add(target);
            afterSave.run();
            return true;
        } catch (ModelException | IOException e) {
            prompts.error("Could not save", e.getMessage() + "\n\nYour work is still open; nothing was lost.");
            return false;
        }
    }

    public List<Path> recentFiles() {
        return recent.list();
    }
}
