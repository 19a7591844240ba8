package org.journeyworkbench.ui.input;

import java.util.Locale;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Committing a value typed into a number field, the one way for the assumptions panel and the inspector: read
 * it as a person writes it, write it into the scenario being edited as one undo step, or say what is wrong,
 * naming the field, and keep what was typed. It also remembers what the field last showed from the model, so
 * a field half way through being typed is not overwritten by a refresh. Plain Java, tested without JavaFX.
 */
public final class TypedValue {
    /**
     * What the field shows after a commit and the message under it.
     *
     * @param text    the field's text: the value as the model now holds it, or what was typed when refused
     * @param problem null, or "Arrest unit cost: "abc" is not a number; still £1,930"
     */
    public record Outcome(String text, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final WorkbenchDocument document;
    private final String address;
    private final InputKind kind;
    private final String label;
    private String lastShown;

    /** @param label what the field is called where it is shown ("Arrest unit cost"); messages and undo name it */
    public TypedValue(WorkbenchDocument document, String address, InputKind kind, String label) {
        this.document = document;
        this.address = address;
        this.kind = kind;
        this.label = label;
        this.lastShown = current();
    }

    /** The model's value, formatted as the field shows it. */
    public String current() {
        return ValueParser.format(document.inputValue(address), kind);
    }

    /** The model's value for the field to show now; remembered as what the field last showed. */
    public String shown() {
        lastShown = current();
        return lastShown;
    }

    /** As {@link #shown()}, with the value already looked up (a whole panel at once). */
    public String shown(double v) {
        lastShown = ValueParser.format(v, kind);
        return lastShown;
    }

    /** Whether a field showing {@code text} holds something typed that is not yet committed. */
    public boolean pending(String text) {
        return !text.equals(lastShown);
    }

    /** Takes what was typed: one undo step when it changes the value, nothing when it is the same value. */
    public Outcome commit(String typed) {
        ValueParser.Parsed p = ValueParser.parse(typed, kind);
        if (!p.ok()) {
            return refused(typed, p.problem());
        }
        if (Math.abs(p.value() - document.inputValue(address)) < 1e-12) {
            return new Outcome(shown(), null);
        }
        try {
            document.setInput(address, p.value(), "Change " + lower(label));
        } catch (ModelException e) {
            return refused(typed, e.problem());
        }
        return new Outcome(shown(), null);
    }

    /** What Escape puts back: the model's value. */
    public Outcome revert() {
        return new Outcome(shown(), null);
    }

    private Outcome refused(String typed, String problem) {
        return new Outcome(typed, label + ": " + problem + "; still " + current());
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
