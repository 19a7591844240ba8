package org.journeyworkbench.io.xlsx;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The heading of a sheet of figures from a run (Sensitivity, Uncertainty): that they are values, not live
 * formulas; when the run was made; the settings; and the command line that makes the same run again.
 */
final class RunFacts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm zzz", Locale.UK);

    private final List<Object[]> facts = new ArrayList<>();

    private RunFacts() {
    }

    static RunFacts of() {
        return new RunFacts();
    }

    RunFacts add(String label, String value) {
        facts.add(new Object[] {label, value});
        return this;
    }

    /** A figure in pounds, as a number cell so that it can be read by a formula or a script. */
    RunFacts addMoney(String label, double pounds) {
        facts.add(new Object[] {label, pounds});
        return this;
    }

    /** "29 November 2026 at 21:40 GMT", in this computer's time zone. */
    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    /**
     * Writes the title, the values-not-formulas warning and the facts from row 0, labels in column 0 and
     * values in column {@code valueColumn}, each wrapped across to {@code lastColumn} (set the column widths
     * first).
     *
     * @return the first free row
     */
    int write(SheetWriter w, String title, Instant ranAt, int valueColumn, int lastColumn) {
        w.text(0, 0, title, w.styles.title);
        String warning = "Figures from a run made on " + when(ranAt) + ", written as values, not live formulas: "
                + "changing the Assumptions sheet does not change them. Run it again (below) to refresh them.";
        w.text(1, 0, warning, w.styles.warning);
        w.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, lastColumn));
        SheetWriter.fitHeight(w, 1, warning, chars(w, 0, lastColumn));
        int r = 3;
        for (Object[] f : facts) {
            w.text(r, 0, (String) f[0], w.styles.warning);
            if (f[1] instanceof Double d) {
                w.number(r, valueColumn, d, w.styles.moneyLeft);
            } else {
                String text = (String) f[1];
                w.text(r, valueColumn, text, w.styles.wrapped);
                w.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, valueColumn, lastColumn));
                SheetWriter.fitHeight(w, r, text, chars(w, valueColumn, lastColumn));
            }
            r++;
        }
        return r;
    }

    /** How many characters columns {@code from}..{@code to} hold together (their widths must be set first). */
    private static int chars(SheetWriter w, int from, int to) {
        int width = 0;
        for (int c = from; c <= to; c++) {
            width += w.sheet.getColumnWidth(c);
        }
        return Math.max(1, width / 256);
    }

    /**
     * The command that makes this run again: {@code journey-workbench sensitivity barnet.json --scenario "No
     * coaches" --metric npv --swing 20%}. Arguments with spaces or quotes are quoted as a shell reads them.
     */
    static String command(String command, List<String> modelArguments, String scenario, List<String> settings) {
        List<String> args = new ArrayList<>();
        args.add("journey-workbench");
        args.add(command);
        if (modelArguments.isEmpty()) {
            args.add("MODEL.json");
            if (scenario != null && !org.journeyworkbench.engine.edits.ScenarioEdits.isBase(scenario)) {
                args.add("--scenario");
                args.add(scenario);
            }
        } else {
            args.addAll(modelArguments);
        }
        args.addAll(settings);
        StringBuilder out = new StringBuilder();
        for (String a : args) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(quoted(a));
        }
        return out.toString();
    }

    static String quoted(String arg) {
        if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_./:=%,+£@-]+")) {
            return arg;
        }
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`") + "\"";
    }
}
