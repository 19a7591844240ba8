package org.journeyworkbench.ui.window;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * What the status line says, most urgent first: a problem with the model (the figures shown are from the last
 * good model), then the last action's notice (what an edit did to the headline, why an action was refused),
 * then the engine's warnings about the figures, and otherwise a hint for a new user.
 */
public final class StatusLineViewModel {
    public static final String HINT = "Drag a slider to see the figures move. Shift-drag between stages to connect them.";
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", HINT);
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning");

    public StatusLineViewModel(WorkbenchDocument document) {
        text.bind(Bindings.createStringBinding(() -> choose(document.problemProperty().get(),
                        document.noticeProperty().get(), warnings(document.resultProperty().get())),
                document.problemProperty(), document.noticeProperty(), document.resultProperty()));
        warning.bind(Bindings.createBooleanBinding(() -> text.get().startsWith("⚠"), text));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the line is a warning (shown in the warning colour). */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The line for a problem, a notice and the engine's warnings, any of them empty. */
    public static String choose(String problem, String notice, List<String> warnings) {
        if (problem != null && !problem.isEmpty()) {
            return "⚠ " + problem;
        }
        if (notice != null && !notice.isEmpty()) {
            return notice;
        }
        if (warnings != null && !warnings.isEmpty()) {
            return "⚠ " + String.join("  ·  ", warnings);
        }
        return HINT;
    }

    private static List<String> warnings(Result r) {
        return r == null ? List.of() : r.warnings();
    }
}
