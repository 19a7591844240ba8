package org.journeyworkbench.engine.layout;

/** A point on the diagram. */
public record Point(double x, double y) {
    public double distanceTo(Point o) {
        return Math.hypot(o.x - x, o.y - y);
    }
}
