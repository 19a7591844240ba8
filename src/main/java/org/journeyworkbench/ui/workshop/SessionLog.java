package org.journeyworkbench.ui.workshop;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.io.WorkshopLogEntry;
import org.journeyworkbench.model.Money;

/**
 * Every change made during one workshop, oldest first. Presses of an arrow key on the same lever a few
 * seconds apart are one change (from the value before the first press to the value after the last), as a
 * drag is, so the log reads as the room remembers it. Plain Java.
 */
public final class SessionLog {
    /** Changes to one lever closer together than this are one change. */
    static final Duration MERGE_WITHIN = Duration.ofSeconds(5);

    private record Kept(WorkshopLogEntry entry, String mergeKey, LocalTime last, double netBefore, double npvBefore) {
    }

    private final List<Kept> kept = new ArrayList<>();

    /** The headline before and after a change, unrounded: the log's "effect". */
    public record Effect(double netBefore, double npvBefore, double netAfter, double npvAfter) {
        /** "Net saving £166,604 → £154,989 · NPV £1,852,931 → £1,800,112", or "No change to the figures". */
        public String text() {
            boolean net = Math.abs(netAfter - netBefore) >= 0.5;
            boolean npv = Math.abs(npvAfter - npvBefore) >= 0.5;
            if (!net && !npv) {
                return "No change to the figures";
            }
            return "Net saving " + Money.format(netBefore) + " → " + Money.format(netAfter) + " · NPV "
                    + Money.format(npvBefore) + " → " + Money.format(npvAfter);
        }
    }

    /**
     * Records a change.
     *
     * @param mergeKey changes with the same key in a row, within {@link #MERGE_WITHIN}, are one; null never merges
     * @return whether a new line was added (false when it was merged into the last one)
     */
    public boolean record(LocalTime time, String what, String from, String to, Effect effect, String mergeKey) {
        Kept last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (mergeKey != null && last != null && mergeKey.equals(last.mergeKey())
                && !time.isBefore(last.last()) && Duration.between(last.last(), time).compareTo(MERGE_WITHIN) <= 0) {
            Effect whole = new Effect(last.netBefore(), last.npvBefore(), effect.netAfter(), effect.npvAfter());
            WorkshopLogEntry merged = new WorkshopLogEntry(last.entry().time(), what, last.entry().from(), to,
                    whole.text(), effect.netAfter(), effect.npvAfter());
            kept.set(kept.size() - 1, new Kept(merged, mergeKey, time, last.netBefore(), last.npvBefore()));
            return false;
        }
        kept.add(new Kept(new WorkshopLogEntry(time, what, from, to, effect.text(), effect.netAfter(),
                effect.npvAfter()), mergeKey, time, effect.netBefore(), effect.npvBefore()));
        return true;
    }

    /** A line that never merges with the next (so a later nudge of the same lever starts a new line). */
    public void recordApart(LocalTime time, String what, String from, String to, Effect effect) {
        record(time, what, from, to, effect, null);
    }

    public List<WorkshopLogEntry> entries() {
        return kept.stream().map(Kept::entry).toList();
    }

    public int size() {
        return kept.size();
    }

    public void clear() {
        kept.clear();
    }
}
