package org.journeyworkbench.engine.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;

/**
 * Whether the window can open a model: its diagram makes a node for every box (stage, target group,
 * initiative) and every line (arrow between stages, a group's link to its entry stage, an initiative's link to
 * its group), whether in view or not, so memory and opening time grow with their number. The command line
 * has no such limit; a model past it is refused by the window with a message pointing there, before it is
 * laid out or drawn, and the model already open stays open.
 *
 * <p>Why {@link #DRAWN} is 50,000 (measured on the jar, 30 November 2026, docs/performance.md "Large
 * models"): a 10,000-stage chain (about 20,000 boxes and lines) opens usable in 40 s and 2.5 GB peak; 20,000
 * target groups × 20,000 stages (about 60,000) in 105 s and 5.4 GB, more than the default heap of most
 * laptops (a quarter of their memory); a 100,000-stage chain (about 200,000) runs out of memory at a 6 GB
 * heap. 50,000 lets in the 20,000-stage chain the documentation promises (40,001 with its target group) with
 * room for groups and initiatives, and keeps out the models measured to take minutes or run out of memory.
 */
public final class WindowLimits {
    /** The most boxes and lines the window draws. */
    public static final int DRAWN = 50_000;
    /** The limit the window uses. */
    public static final WindowLimits WINDOW = new WindowLimits(DRAWN);

    private final int maxDrawn;

    /** A limit of {@code maxDrawn} boxes and lines (tests use a small one). */
    public WindowLimits(int maxDrawn) {
        this.maxDrawn = maxDrawn;
    }

    public int maxDrawn() {
        return maxDrawn;
    }

    /** A model refused by the window because its diagram is too large to draw. */
    public static final class TooLarge extends ModelException {
        public TooLarge(String problem) {
            super("", problem);
        }
    }

    /** Boxes the diagram draws: one per stage, target group and initiative. */
    public static long boxes(JourneyModel m) {
        return (long) m.stages().size() + m.targetGroups().size() + m.initiatives().size();
    }

    /** Lines the diagram draws: one per arrow, and a link from each target group and each initiative. */
    public static long lines(JourneyModel m) {
        return (long) m.transitions().size() + m.targetGroups().size() + m.initiatives().size();
    }

    public boolean fits(JourneyModel m) {
        return boxes(m) + lines(m) <= maxDrawn;
    }

    /**
     * Throws {@link TooLarge} with a message for the user when the window cannot draw {@code m}, read from
     * {@code fileName}; does nothing when it can.
     */
    public void requireFits(JourneyModel m, String fileName) {
        if (fits(m)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(count(m.stages().size(), "stage", "stages"));
        parts.add(count(m.transitions().size(), "arrow", "arrows"));
        if (!m.targetGroups().isEmpty()) {
            parts.add(count(m.targetGroups().size(), "target group", "target groups"));
        }
        if (!m.initiatives().isEmpty()) {
            parts.add(count(m.initiatives().size(), "initiative", "initiatives"));
        }
        String has = String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        throw new TooLarge(fileName + " has " + has + ": " + number(boxes(m) + lines(m))
                + " boxes and lines to draw, and the window draws journeys of up to " + number(maxDrawn)
                + ". Use the command line for it: compute, appraise, export (see docs/cli.md).");
    }

    private static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
