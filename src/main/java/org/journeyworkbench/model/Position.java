package org.journeyworkbench.model;

/** Where a box sits on the journey canvas, in canvas units. */
public record Position(double x, double y) {
    /**
     * Far beyond any diagram (a box is about 200 units wide): a position like 1e300 would make "Fit" zoom out
     * until every box vanished.
     */
    public static final double MAX = 1_000_000;

    public Position {
        Checks.finite("x", x);
        Checks.finite("y", y);
        if (Math.abs(x) > MAX || Math.abs(y) > MAX) {
            throw new ModelException(Math.abs(x) > MAX ? "x" : "y", "a position on the canvas must be between "
                    + "-1,000,000 and 1,000,000 (it is " + (Math.abs(x) > MAX ? x : y) + ")");
        }
    }
}
