package org.journeyworkbench.model;

/** Where a box sits on the journey canvas, in canvas units. */
public record Position(double x, double y) {
    /**
     * Far beyond any diagram, even one of 100,000 stages laid out in a row (a box is about 250 units wide): a
     * position like 1e300 would make "Fit" zoom out until every box vanished.
     */
    public static final double MAX = 1e9;

    public Position {
        Checks.finite("x", x);
        Checks.finite("y", y);
        if (Math.abs(x) > MAX || Math.abs(y) > MAX) {
            throw new ModelException(Math.abs(x) > MAX ? "x" : "y", "a position on the canvas must be between "
                    + "-1,000,000,000 and 1,000,000,000 (it is " + (Math.abs(x) > MAX ? x : y) + ")");
        }
    }
}
