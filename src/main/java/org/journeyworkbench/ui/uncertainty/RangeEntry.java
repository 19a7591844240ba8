package org.journeyworkbench.ui.uncertainty;

import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.UncertaintyEdits;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.uncertainty.DistributionText;
import org.journeyworkbench.engine.uncertainty.FittedDistribution;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * One input's range as a person types it ("1,500 to 2,500, most likely 1,930"), for the inspector and the
 * assumptions panel: what the field shows, the range said back in words, and a typed range taken as one undo
 * step in the scenario being edited — or refused with a message naming the input, the document untouched.
 * No controls: tested in plain JUnit.
 */
public final class RangeEntry {
    private final WorkbenchDocument document;
    private final String address;
    private final String label;
    private final InputKind kind;

    public RangeEntry(WorkbenchDocument document, String address, String label, InputKind kind) {
        this.document = document;
        this.address = address;
        this.label = label;
        this.kind = kind;
    }

    /** The range in force in the scenario being edited. */
    public Distribution range() {
        return UncertaintyEdits.distribution(document.model(), document.scenarioName(), address);
    }

    public boolean hasRange() {
        return !(range() instanceof Distribution.Fixed);
    }

    /** What the field shows: the range as it can be typed back, or "" when there is none. */
    public String text() {
        Distribution d = range();
        return d instanceof Distribution.Fixed ? "" : DistributionText.format(d, kind);
    }

    /** The range in words, with its P10 and P90; "" when there is none. */
    public String words() {
        Distribution d = range();
        return d instanceof Distribution.Fixed ? "" : RangeWords.of(d, kind, fitted(d));
    }

    /** The range fitted to the input, for a slider's band; null when there is none or it does not fit. */
    public FittedDistribution fitted() {
        return fitted(range());
    }

    private FittedDistribution fitted(Distribution d) {
        Calculation calc = document.calculation();
        if (calc == null || d instanceof Distribution.Fixed) {
            return null;
        }
        try {
            return UncertainInputs.fit(calc, address, d);
        } catch (ModelException e) {
            return null;
        }
    }

    /** Whether the scenario being edited sets this range itself (rather than following the base case). */
    public boolean overridden() {
        return UncertaintyEdits.overridden(document.model(), document.scenarioName(), address);
    }

    /**
     * Takes a typed range (blank or "fixed" takes the range away) as one undo step.
     *
     * @return "" when taken (or nothing changed), otherwise the problem in words, naming the input
     */
    public String commit(String typed) {
        Distribution d;
        try {
            d = DistributionText.parse(typed, kind);
            Calculation calc = document.calculation();
            if (calc != null) {
                UncertainInputs.check(calc, address, d);
            }
        } catch (ModelException e) {
            return problem(e.problem());
        }
        if (same(d, range())) {
            return "";
        }
        boolean none = d instanceof Distribution.Fixed;
        String undo = (none ? "Remove range of " : "Set range of ") + lower(label);
        try {
            document.edit(undo, m -> UncertaintyEdits.setDistribution(m, document.scenarioName(), address, d));
            return "";
        } catch (ModelException e) {
            return problem(e.problem());
        }
    }

    /** The scenario follows the base case's range again, as one undo step. */
    public void reset() {
        document.tryEdit("Reset range of " + lower(label),
                m -> UncertaintyEdits.resetDistribution(m, document.scenarioName(), address));
    }

    private String problem(String problem) {
        String still = hasRange() ? "; still " + text() : "; still no range";
        return "Range of " + lower(label) + ": " + problem + still;
    }

    private static boolean same(Distribution a, Distribution b) {
        return a.kind().equals(b.kind()) && java.util.Arrays.equals(a.parameters(), b.parameters());
    }

    /** "Arrest unit cost" -> "arrest unit cost"; an acronym stays: "CPS prosecution unit cost". */
    private static String lower(String s) {
        boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        return s.isEmpty() || acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
