package org.journeyworkbench.engine.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * Where everything on the diagram is drawn: a box for every stage, target group and initiative, and the
 * path of every arrow (a transition) and dashed link (a group to its initiative or entry stage, an
 * initiative to the stages it acts on), each routed round the boxes it does not connect. One description
 * for the window and for the exported picture.
 *
 * @param boxes by key ({@link Box#stageKey} …), in drawing order
 * @param edges arrows first, then links
 */
public record DiagramGeometry(Map<String, Box> boxes, List<Edge> edges) {

    /**
     * A line between two boxes.
     *
     * @param transitionId the transition an arrow draws; null for a dashed link
     * @param points       from the first box's edge to the second's, with any bends between
     */
    public record Edge(String transitionId, String from, String to, List<Point> points) {
        public Edge {
            points = List.copyOf(points);
        }

        public boolean isLink() {
            return transitionId == null;
        }
    }

    public DiagramGeometry {
        boxes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
        edges = List.copyOf(edges);
    }

    /** The boxes of a model (anything without a position is laid out first). */
    public static Map<String, Box> boxesOf(JourneyModel model) {
        JourneyModel m = AutoLayout.needsLayout(model) ? AutoLayout.layOut(model) : model;
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (Stage s : m.stages()) {
            boxes.put(Box.stageKey(s.id()), box(Box.stageKey(s.id()), s.position(), Box.STAGE_W, Box.STAGE_H));
        }
        for (TargetGroup g : m.targetGroups()) {
            boxes.put(Box.groupKey(g.id()), box(Box.groupKey(g.id()), g.position(), Box.CARD_W, Box.CARD_H));
        }
        for (Initiative i : m.initiatives()) {
            boxes.put(Box.initiativeKey(i.id()), box(Box.initiativeKey(i.id()), i.position(), Box.CARD_W,
                    Box.CARD_H));
        }
        return boxes;
    }

    public static DiagramGeometry of(JourneyModel model) {
        JourneyModel m = AutoLayout.needsLayout(model) ? AutoLayout.layOut(model) : model;
        Map<String, Box> boxes = boxesOf(m);
        ArrowRouter router = new ArrowRouter(boxes.values());
        List<Edge> edges = new ArrayList<>();
        for (Transition t : m.transitions()) {
            edge(edges, router, boxes, t.id(), Box.stageKey(t.from()), Box.stageKey(t.to()));
        }
        for (Initiative i : m.initiatives()) {
            String self = Box.initiativeKey(i.id());
            edge(edges, router, boxes, null, Box.groupKey(i.targetGroupId()), self);
            String anchor = AutoLayout.anchor(i);
            if (anchor != null) {
                edge(edges, router, boxes, null, self, Box.stageKey(anchor));
            }
            i.alternativeRoute().forEach(s -> edge(edges, router, boxes, null, self, Box.stageKey(s)));
        }
        for (TargetGroup g : m.targetGroups()) {
            boolean served = m.initiatives().stream().anyMatch(i -> i.targetGroupId().equals(g.id()));
            if (!served) {
                edge(edges, router, boxes, null, Box.groupKey(g.id()), Box.stageKey(g.entryStage()));
            }
        }
        return new DiagramGeometry(boxes, edges);
    }

    /** The smallest rectangle holding every box. */
    public Box bounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Box b : boxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        return boxes.isEmpty() ? new Box("bounds", 0, 0, 0, 0) : new Box("bounds", minX, minY, maxX - minX, maxY - minY);
    }

    private static void edge(List<Edge> edges, ArrowRouter router, Map<String, Box> boxes, String transition,
                             String from, String to) {
        Box a = boxes.get(from);
        Box b = boxes.get(to);
        if (a != null && b != null && a != b) {
            edges.add(new Edge(transition, from, to, router.route(a, b)));
        }
    }

    private static Box box(String key, Position p, double w, double h) {
        Position at = p == null ? new Position(0, 0) : p;
        return new Box(key, at.x(), at.y(), w, h);
    }
}
