package org.journeyworkbench.ui.workshop;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.journeyworkbench.cli.CsvText;
import org.journeyworkbench.io.WorkshopLogEntry;
import org.journeyworkbench.model.Money;

/**
 * The session log as CSV: one line a change, with the headline after it as plain numbers for a spreadsheet.
 * Text fields go through the command line's CSV rule ({@link CsvText}): quoted where they hold a comma, quote
 * or line break, and defused where a spreadsheet would take them for a formula (a scenario named "=1+1").
 */
public final class SessionLogCsv {
    public static final String HEADER = "Time,What,From,To,Effect,Net saving after,NPV after";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private SessionLogCsv() {
    }

    public static String of(List<WorkshopLogEntry> entries) {
        StringBuilder sb = new StringBuilder(HEADER).append("\n");
        for (WorkshopLogEntry e : entries) {
            sb.append(TIME.format(e.time())).append(',')
                    .append(CsvText.field(e.what())).append(',')
                    .append(CsvText.field(e.from())).append(',')
                    .append(CsvText.field(e.to())).append(',')
                    .append(CsvText.field(e.effect())).append(',')
                    .append(Money.plain(e.netSavingAfter())).append(',')
                    .append(Money.plain(e.npvAfter())).append("\n");
        }
        return sb.toString();
    }
}
