package org.journeyworkbench.engine.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The path of an arrow from one box to another that passes through no other box: straight when it can,
 * else bent once or twice round the corners of the boxes in the way (each corner kept a little clear, so
 * the line and its label do not graze a box). The shortest such path wins. A path that cannot clear every
 * box (boxes placed on top of each other) is drawn straight.
 */
public final class ArrowRouter {
    /** How far a bend keeps from the corner it goes round. */
    static final double CLEARANCE = 14;
    /** Beyond this many boxes in the way, two bends are not tried (their count grows with the square). */
    private static final int MAX_CORNERS_FOR_TWO_BENDS = 24;
    /**
     * Beyond this many boxes, only one bend is tried: two bends cost (corners² × boxes) an arrow, which on a
     * journey of hundreds of stages took seconds on every structural edit.
     */
    static final int MAX_BOXES_FOR_TWO_BENDS = 150;

    private final List<Box> boxes;

    public ArrowRouter(Collection<Box> boxes) {
        this.boxes = List.copyOf(boxes);
    }

    /** The points of the path, from {@code a}'s edge to {@code b}'s edge. */
    public List<Point> route(Box a, Box b) {
        List<Point> straight = clip(a, b, List.of());
        if (clear(straight, a, b)) {
            return straight;
        }
        List<Box> inTheWay = inTheWay(a.centre(), b.centre(), a, b);
        List<Point> corners = corners(inTheWay);
        List<Point> best = null;
        double bestLength = Double.MAX_VALUE;
        for (Point c : corners) {
            List<Point> p = clip(a, b, List.of(c));
            double len = length(p);
            if (len < bestLength && clear(p, a, b)) {
                best = p;
                bestLength = len;
            }
        }
        if (best != null) {
            return best;
        }
        if (boxes.size() > MAX_BOXES_FOR_TWO_BENDS) {
            return straight;
        }
        // Two bends, round the corners of the boxes in the way and of those the one-bend tries ran into.
        List<Box> more = new ArrayList<>(inTheWay);
        for (Point c : corners) {
            for (Box x : inTheWay(a.centre(), c, a, b)) {
                if (!more.contains(x)) {
                    more.add(x);
                }
            }
        }
        List<Point> wider = corners(more);
        if (wider.size() <= MAX_CORNERS_FOR_TWO_BENDS && boxes.size() <= MAX_BOXES_FOR_TWO_BENDS) {
            for (Point c : wider) {
                for (Point d : wider) {
                    if (c.equals(d)) {
                        continue;
                    }
                    List<Point> p = clip(a, b, List.of(c, d));
                    double len = length(p);
                    if (len < bestLength && clear(p, a, b)) {
                        best = p;
                        bestLength = len;
                    }
                }
            }
        }
        return best != null ? best : straight;
    }

    /** True when no segment of the path passes through a box other than its two ends. */
    public boolean clear(List<Point> path, Box a, Box b) {
        for (int i = 0; i + 1 < path.size(); i++) {
            Point p = path.get(i);
            Point q = path.get(i + 1);
            double minX = Math.min(p.x(), q.x());
            double maxX = Math.max(p.x(), q.x());
            double minY = Math.min(p.y(), q.y());
            double maxY = Math.max(p.y(), q.y());
            for (Box x : boxes) {
                // Most boxes are nowhere near the segment: a cheap test of extents first.
                if (x.right() < minX || x.x() > maxX || x.bottom() < minY || x.y() > maxY) {
                    continue;
                }
                if (!x.key().equals(a.key()) && !x.key().equals(b.key()) && x.crossedBy(p, q)) {
                    return false;
                }
            }
        }
        // A bent path must not come back through its own ends either.
        for (int i = 1; i + 2 < path.size(); i++) {
            if (a.crossedBy(path.get(i), path.get(i + 1)) || b.crossedBy(path.get(i), path.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private List<Box> inTheWay(Point from, Point to, Box a, Box b) {
        List<Box> out = new ArrayList<>();
        for (Box x : boxes) {
            if (!x.key().equals(a.key()) && !x.key().equals(b.key()) && x.grown(CLEARANCE).crossedBy(from, to)) {
                out.add(x);
            }
        }
        return out;
    }

    private static List<Point> corners(List<Box> in) {
        List<Point> out = new ArrayList<>();
        for (Box x : in) {
            Box g = x.grown(CLEARANCE);
            out.add(new Point(g.x(), g.y()));
            out.add(new Point(g.right(), g.y()));
            out.add(new Point(g.x(), g.bottom()));
            out.add(new Point(g.right(), g.bottom()));
        }
        return out;
    }

    /** The path through the bends, its first and last segments cut at the boxes' edges. */
    private static List<Point> clip(Box a, Box b, List<Point> bends) {
        List<Point> out = new ArrayList<>();
        Point first = bends.isEmpty() ? b.centre() : bends.get(0);
        Point last = bends.isEmpty() ? a.centre() : bends.get(bends.size() - 1);
        out.add(a.edgeTowards(first));
        out.addAll(bends);
        out.add(b.edgeTowards(last));
        return out;
    }

    static double length(List<Point> p) {
        double sum = 0;
        for (int i = 0; i + 1 < p.size(); i++) {
            sum += p.get(i).distanceTo(p.get(i + 1));
        }
        return sum;
    }

    /** The point halfway along the path, where its label goes. */
    public static Point middle(List<Point> p) {
        double half = length(p) / 2;
        for (int i = 0; i + 1 < p.size(); i++) {
            double d = p.get(i).distanceTo(p.get(i + 1));
            if (d >= half && d > 0) {
                double t = half / d;
                return new Point(p.get(i).x() + (p.get(i + 1).x() - p.get(i).x()) * t,
                        p.get(i).y() + (p.get(i + 1).y() - p.get(i).y()) * t);
            }
            half -= d;
        }
        return p.get(p.size() - 1);
    }
}
