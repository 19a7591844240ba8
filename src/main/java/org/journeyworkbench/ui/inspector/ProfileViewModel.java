package org.journeyworkbench.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.inputs.FinancialYears;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.Profile;

/**
 * What the inspector's profile grid shows of an initiative: a column per appraisal year headed by its label
 * ("2013-14", or "Year 0" when the model names no first year), a row per profile list, and for each cell the
 * input address it edits. Plain Java, tested without JavaFX.
 */
public final class ProfileViewModel {
    private ProfileViewModel() {
    }

    /** The column headings for a period of {@code years}: "2013-14", "2014-15", … or "Year 0", "Year 1", …. */
    public static List<String> yearLabels(Appraisal appraisal, int years) {
        List<String> out = new ArrayList<>(years);
        for (int y = 0; y < years; y++) {
            out.add(yearLabel(appraisal, y));
        }
        return out;
    }

    public static String yearLabel(Appraisal appraisal, int year) {
        return appraisal.firstYear().isBlank() ? "Year " + year : FinancialYears.plus(appraisal.firstYear(), year);
    }

    /** The input address of one cell. */
    public static String address(String initiative, Profile.Kind kind, int year) {
        return InputAddress.profile(initiative, kind, year).toString();
    }

    /** The node id of one cell, e.g. "inspector-profile-takeUp-1". */
    public static String fieldId(Profile.Kind kind, int year) {
        return "inspector-profile-" + kind.key() + "-" + year;
    }

    /** What undo names an edit of one cell: "Change take-up profile, 2014-15". */
    public static String undoLabel(Profile.Kind kind, String yearLabel) {
        return "Change " + kind.label().toLowerCase(java.util.Locale.ROOT) + " profile, " + yearLabel;
    }

    /** The message beside the grid when a cell cannot be taken: "Take-up, 2014-15: … ; still 100%". */
    public static String problem(Profile.Kind kind, String yearLabel, String problem, String still) {
        return kind.label() + ", " + yearLabel + ": " + problem + "; still " + still;
    }

    /** The period shown, as the scenario being edited has it (a scenario may override it). */
    public static int years(double value) {
        return (int) Math.max(1, Math.min(Appraisal.MAX_YEARS, Math.round(value)));
    }
}
