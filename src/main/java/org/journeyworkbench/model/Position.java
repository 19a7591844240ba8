package org.journeyworkbench.model;

/** Where a box sits on the journey canvas, in canvas units. */
public record Position(double x, double y) {
    public Position {
        Checks.finite("x", x);
        Checks.finite("y", y);
    }
}
