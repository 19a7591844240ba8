package org.journeyworkbench.engine.layout;

import java.util.Collection;

/** Finds room for a new box: the free spot nearest to where it was asked for. */
public final class FreeSpace {
    /** The gap kept between the new box and every other, so an arrow and its label fit between them. */
    public static final double GAP = 30;
    private static final double STEP = 20;
    private static final int MAX_RINGS = 400;

    private FreeSpace() {
    }

    /**
     * The top-left corner nearest to ({@code x}, {@code y}) where a {@code w}×{@code h} box overlaps none
     * of {@code boxes} (with {@link #GAP} to spare), searched ring by ring on a 20-unit grid.
     */
    public static Point near(Collection<Box> boxes, double x, double y, double w, double h) {
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            Point best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int i = -ring; i <= ring; i++) {
                for (int j = -ring; j <= ring; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != ring) {
                        continue;
                    }
                    Point p = new Point(x + i * STEP, y + j * STEP);
                    double d = Math.hypot(i, j);
                    if (d < bestDistance && free(boxes, new Box("new", p.x(), p.y(), w, h))) {
                        best = p;
                        bestDistance = d;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        // Nowhere near: below everything.
        double bottom = boxes.stream().mapToDouble(Box::bottom).max().orElse(y);
        return new Point(x, bottom + GAP);
    }

    private static boolean free(Collection<Box> boxes, Box candidate) {
        for (Box b : boxes) {
            if (candidate.overlaps(b, GAP)) {
                return false;
            }
        }
        return true;
    }
}
