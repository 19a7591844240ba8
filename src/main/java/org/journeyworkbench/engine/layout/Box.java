package org.journeyworkbench.engine.layout;

/**
 * A box on the diagram, in diagram coordinates (y grows downwards).
 *
 * @param key what it shows: {@code stage:ID}, {@code group:ID} or {@code initiative:ID}
 */
public record Box(String key, double x, double y, double w, double h) {
    public static final double STAGE_W = 180;
    public static final double STAGE_H = 78;
    public static final double CARD_W = 200;
    public static final double CARD_H = 66;

    public static String stageKey(String id) {
        return "stage:" + id;
    }

    public static String groupKey(String id) {
        return "group:" + id;
    }

    public static String initiativeKey(String id) {
        return "initiative:" + id;
    }

    public double centreX() {
        return x + w / 2;
    }

    public double centreY() {
        return y + h / 2;
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public Box grown(double by) {
        return new Box(key, x - by, y - by, w + 2 * by, h + 2 * by);
    }

    /** True when the two boxes, each grown by {@code gap}/2, share any area. */
    public boolean overlaps(Box o, double gap) {
        return x < o.right() + gap && o.x < right() + gap && y < o.bottom() + gap && o.y < bottom() + gap;
    }

    public boolean contains(Point p) {
        return p.x() > x && p.x() < right() && p.y() > y && p.y() < bottom();
    }

    /** True when the segment a–b passes through the box's inside (touching its edge does not count). */
    public boolean crossedBy(Point a, Point b) {
        // Liang–Barsky clipping against the box shrunk by a hair, so a line ending on the edge is clear.
        double e = 0.5;
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - (x + e), (right() - e) - a.x(), a.y() - (y + e), (bottom() - e) - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where the line from the box's centre towards {@code p} leaves the box. */
    public Point edgeTowards(Point p) {
        double dx = p.x() - centreX();
        double dy = p.y() - centreY();
        if (dx == 0 && dy == 0) {
            return new Point(centreX(), centreY());
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (w / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (h / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point(centreX() + dx * s, centreY() + dy * s);
    }

    public Point centre() {
        return new Point(centreX(), centreY());
    }
}
