package org.journeyworkbench.ui.canvas;

import org.journeyworkbench.engine.layout.Box;

/**
 * How the diagram fits its window: the whole journey when its smallest text is still readable, else as
 * large as keeps that text at {@link #MIN_TEXT_PX} on screen, starting at the start of the journey (the
 * rest is a pan or a zoom-out away). A fitted diagram whose labels are 5 px says nothing to anyone.
 */
final class FitView {
    /** The smallest diagram text, in diagram units (canvas.css: box lines and arrow labels). */
    static final double SMALLEST_TEXT = 12;
    /** The smallest text on screen a fitted diagram may show. */
    static final double MIN_TEXT_PX = 10;
    static final double MIN_SCALE = MIN_TEXT_PX / SMALLEST_TEXT;
    static final double MAX_SCALE = 1.6;
    private static final double MARGIN = 16;

    record Fit(double scale, double panX, double panY) {
    }

    private FitView() {
    }

    /** The zoom and pan that fit {@code bounds} into a {@code w}×{@code h} window. */
    static Fit fit(Box bounds, double w, double h) {
        return fit(bounds, w, h, bounds.centreY());
    }

    /**
     * As {@link #fit(Box, double, double)}; when the diagram is too tall to show whole, the window centres
     * on {@code focusY} (the journey's first row) without going above the diagram's top.
     */
    static Fit fit(Box bounds, double w, double h, double focusY) {
        double whole = Math.min((w - 2 * MARGIN) / bounds.w(), (h - 2 * MARGIN) / bounds.h());
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, whole));
        double panX = bounds.w() * s <= w - 2 * MARGIN ? (w - bounds.w() * s) / 2 - bounds.x() * s
                : MARGIN - bounds.x() * s;
        double panY = bounds.h() * s <= h - 2 * MARGIN ? (h - bounds.h() * s) / 2 - bounds.y() * s
                : Math.min(MARGIN - bounds.y() * s, h / 2 - focusY * s);
        return new Fit(s, panX, panY);
    }
}
