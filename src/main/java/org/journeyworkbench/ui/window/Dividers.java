package org.journeyworkbench.ui.window;

/**
 * The main split's divider positions (fractions of its width) that give the side panels their widths in
 * pixels. A SplitPane only knows fractions, so remembered widths become fractions once its width is known.
 */
public final class Dividers {
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
        // The middle keeps at least a third of the width, however wide the panels were left.
        double room = total * 2 / 3;
        double l = leftShown ? left : 0;
        double r = rightShown ? right : 0;
        if (l + r > room) {
            double scale = room / (l + r);
            l *= scale;
            r *= scale;
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
