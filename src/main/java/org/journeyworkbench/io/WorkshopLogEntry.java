package org.journeyworkbench.io;

import java.time.LocalTime;

/**
 * One change made during a workshop, as the session log lists it and the workbook's "Workshop log" sheet
 * and the log's CSV write it: when, what was changed, from and to (as the room saw them), and what it did
 * to the headline.
 *
 * @param netSavingAfter the first-year net saving after the change, unrounded
 * @param npvAfter       the NPV after the change, unrounded
 */
public record WorkshopLogEntry(LocalTime time, String what, String from, String to, String effect,
                               double netSavingAfter, double npvAfter) {
    public WorkshopLogEntry {
        what = what == null ? "" : what;
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        effect = effect == null ? "" : effect;
    }
}
