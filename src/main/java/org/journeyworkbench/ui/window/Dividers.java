package org.journeyworkbench.ui.window;

/**
 * The main split's divider positions (fractions of its width) that give the side panels their widths in
 * pixels. A SplitPane only knows fractions, so remembered widths become fractions once its width is known.
 */
public final class Dividers {
    /** The results table and its margins: what the middle column needs not to scroll sideways. */
    public static final double MIDDLE_MIN_WIDTH = 640;

    private Dividers() {
    }

    /**
     * @param total the split's width
     * @return one position per divider: none, one (a single side panel shown) or two
     */
    public static double[] positions(double total, double left, double right, boolean leftShown,
                                     boolean rightShown) {
        if (!(total > 0)) {
            return new double[0];
        }
        // The middle keeps the width the results table needs; the panels give it up first, down to their
        // minimum (below that the middle scrolls).
        double l = leftShown ? left : 0;
        double r = rightShown ? right : 0;
        int shown = (leftShown ? 1 : 0) + (rightShown ? 1 : 0);
        double room = Math.max(total - MIDDLE_MIN_WIDTH, shown * WindowSettings.SIDE_MIN_WIDTH);
        if (l + r > room) {
            double scale = room / (l + r);
            l *= scale;
            r *= scale;
            if (shown == 2 && l < WindowSettings.SIDE_MIN_WIDTH) {
                l = WindowSettings.SIDE_MIN_WIDTH;
                r = room - l;
            } else if (shown == 2 && r < WindowSettings.SIDE_MIN_WIDTH) {
                r = WindowSettings.SIDE_MIN_WIDTH;
                l = room - r;
            }
        }
        if (leftShown && rightShown) {
            return new double[] {l / total, 1 - r / total};
        }
        if (leftShown) {
            return new double[] {l / total};
        }
        if (rightShown) {
            return new double[] {1 - r / total};
        }
        return new double[0];
    }
}
