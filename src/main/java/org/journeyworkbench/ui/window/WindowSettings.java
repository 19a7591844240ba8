package org.journeyworkbench.ui.window;

/**
 * How the window was left: where and how large it was, whether maximised, and how wide its side panels were
 * and whether they were shown. Sizes in pixels of the screen's coordinate space.
 *
 * @param bounds       the window's position and size when it was not maximised
 * @param assumptionsWidth the Assumptions panel's width (left)
 * @param inspectorWidth   the inspector's width (right)
 * @param diagramShare the diagram's share of the middle column's height (0–1), the results below it
 */
public record WindowSettings(Box bounds, boolean maximised, double assumptionsWidth, double inspectorWidth,
                             double diagramShare, boolean assumptionsShown, boolean inspectorShown) {
    /** The smallest window everything fits in: a laptop with a low resolution, a projector in a small room. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;
    /** The side panels' widths on a first start. */
    public static final double ASSUMPTIONS_WIDTH = 300;
    public static final double INSPECTOR_WIDTH = 290;
    /** The side panels' narrowest: at 1024 wide both still leave the results table its width. */
    public static final double SIDE_MIN_WIDTH = 190;
    public static final double DIAGRAM_SHARE = 0.385;

    public WindowSettings {
        assumptionsWidth = atLeast(assumptionsWidth, SIDE_MIN_WIDTH, ASSUMPTIONS_WIDTH);
        inspectorWidth = atLeast(inspectorWidth, SIDE_MIN_WIDTH, INSPECTOR_WIDTH);
        diagramShare = Double.isFinite(diagramShare) && diagramShare > 0.1 && diagramShare < 0.9
                ? diagramShare : DIAGRAM_SHARE;
    }

    /** Never started before: no position, the panels at their usual widths and shown. */
    public static WindowSettings firstStart() {
        return new WindowSettings(null, false, ASSUMPTIONS_WIDTH, INSPECTOR_WIDTH, DIAGRAM_SHARE, true, true);
    }

    public boolean remembered() {
        return bounds != null;
    }

    public WindowSettings withBounds(Box b, boolean max) {
        return new WindowSettings(b, max, assumptionsWidth, inspectorWidth, diagramShare, assumptionsShown,
                inspectorShown);
    }

    public WindowSettings withPanels(double assumptions, double inspector, double share, boolean leftShown,
                                     boolean rightShown) {
        return new WindowSettings(bounds, maximised, assumptions, inspector, share, leftShown, rightShown);
    }

    private static double atLeast(double v, double min, double otherwise) {
        return Double.isFinite(v) && v > 0 ? Math.max(v, min) : otherwise;
    }

    /** A rectangle on the desktop. */
    public record Box(double x, double y, double width, double height) {
        public double maxX() {
            return x + width;
        }

        public double maxY() {
            return y + height;
        }

        /** The area this box shares with another (0 when apart). */
        public double overlap(Box o) {
            double w = Math.min(maxX(), o.maxX()) - Math.max(x, o.x);
            double h = Math.min(maxY(), o.maxY()) - Math.max(y, o.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }
}
