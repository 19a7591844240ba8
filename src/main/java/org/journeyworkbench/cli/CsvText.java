package org.journeyworkbench.cli;

/**
 * The command line's one rule for a text field of a CSV, for other CSV writers (the workshop's session log):
 * quoted when it holds a comma, quote, CR or LF; defused when a spreadsheet would read it as a formula.
 */
public final class CsvText {
    private CsvText() {
    }

    public static String field(String s) {
        return SummaryText.csvText(s == null ? "" : s);
    }
}
