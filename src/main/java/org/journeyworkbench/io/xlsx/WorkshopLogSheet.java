package org.journeyworkbench.io.xlsx;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.journeyworkbench.io.WorkshopLogEntry;

/**
 * The "Workshop log" sheet: every change made during a workshop, oldest first, with what it did to the
 * headline, and the net saving and NPV after it as numbers. Written only when a workshop's log is exported.
 */
final class WorkshopLogSheet {
    static final String NAME = "Workshop log";
    static final int HEADER_ROW = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final List<String> HEADINGS =
            List.of("Time", "What", "From", "To", "Effect on the headline", "Net saving after", "NPV after");
    /** The effect is the long one: wrapped in a column this wide, in characters. */
    private static final int EFFECT_WIDTH = 60;

    private WorkshopLogSheet() {
    }

    static void write(SheetWriter w, List<WorkshopLogEntry> log) {
        w.text(0, 0, NAME, w.styles.title);
        w.text(1, 0, "Every change made during the workshop, oldest first: what, from, to, and what it did to the "
                + "first-year net saving and the NPV.", w.styles.note);
        for (int c = 0; c < HEADINGS.size(); c++) {
            w.text(HEADER_ROW, c, HEADINGS.get(c), w.styles.header);
        }
        w.sheet.setColumnWidth(4, EFFECT_WIDTH * 256);
        int r = HEADER_ROW + 1;
        for (WorkshopLogEntry e : log) {
            w.text(r, 0, TIME.format(e.time()), w.styles.text);
            w.text(r, 1, e.what(), w.styles.text);
            w.text(r, 2, e.from(), w.styles.text);
            w.text(r, 3, e.to(), w.styles.text);
            w.text(r, 4, e.effect(), w.styles.wrapped);
            SheetWriter.fitHeight(w, r, e.effect(), EFFECT_WIDTH);
            w.number(r, 5, e.netSavingAfter(), w.styles.money);
            w.number(r, 6, e.npvAfter(), w.styles.money);
            r++;
        }
    }
}
