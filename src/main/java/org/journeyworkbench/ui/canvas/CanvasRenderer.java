package org.journeyworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.layout.AutoLayout;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.Selection.Kind;

/**
 * Draws the model and its result into the canvas layers: a box for every stage, target group and
 * initiative, an arrow for every transition, dashed links from groups and initiatives to where they act.
 * Anything without a position yet is placed by {@link AutoLayout}. Boxes and arrows show the option the
 * result is of (the scenario being edited): an initiative it switches off is dimmed and says so.
 */
final class CanvasRenderer {
    private record Link(ArrowView view, Selection from, Selection to) {
    }

    private final Map<Selection, BoxNode> boxes;
    private final Map<String, ArrowView> arrows;
    private final Group boxLayer;
    private final Group arrowLayer;
    private final Group linkLayer;
    private final Map<String, Selection[]> arrowEnds = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Selection> order = new ArrayList<>();
    private List<Object> lastShape = List.of();

    CanvasRenderer(Map<Selection, BoxNode> boxes, Map<String, ArrowView> arrows, Group boxLayer, Group arrowLayer,
                   Group linkLayer) {
        this.boxes = boxes;
        this.arrows = arrows;
        this.boxLayer = boxLayer;
        this.arrowLayer = arrowLayer;
        this.linkLayer = linkLayer;
    }

    List<Selection> order() {
        return order;
    }

    /**
     * Draws the model. When only figures changed since the last call (a slider moving), the boxes and arrows
     * are kept and only their texts change: rebuilding every node on every slider step was most of its cost.
     */
    void render(JourneyModel model, Result result, Selection selected) {
        // The option the result is of, as it sees the journey: its take-up, its switches, its unit costs.
        JourneyModel m = CanvasLabels.shown(AutoLayout.needsLayout(model) ? AutoLayout.layOut(model) : model,
                result.scenario());
        List<Object> shape = shape(m);
        if (!shape.equals(lastShape)) {
            lastShape = shape;
            build(m);
            label(m, result);
            redrawAll();
        } else {
            label(m, result);
            arrowEnds.forEach((id, ends) -> arrows.get(id).connect(boxes.get(ends[0]), boxes.get(ends[1])));
        }
        highlight(selected);
    }

    /** Everything drawn except the figures: ids, names, positions, colours, links. */
    private static List<Object> shape(JourneyModel m) {
        List<Object> key = new ArrayList<>();
        key.add(m.agencies());
        m.stages().forEach(s -> key.add(List.of(s.id(), s.name(), s.agencyId(), String.valueOf(s.position()))));
        m.transitions().forEach(t -> key.add(List.of(t.id(), t.from(), t.to())));
        m.targetGroups().forEach(g -> key.add(List.of(g.id(), g.name(), g.referrer(), g.entryStage(),
                String.valueOf(g.position()))));
        m.initiatives().forEach(i -> key.add(List.of(i.id(), i.name(), i.targetGroupId(),
                String.valueOf(i.interventionStage()), i.alternativeRoute(), String.valueOf(i.reoffending() != null
                        ? i.reoffending().repeatFromStage() : null), i.enabled(), String.valueOf(i.position()))));
        return key;
    }

    private void build(JourneyModel m) {
        boxes.clear();
        arrows.clear();
        arrowEnds.clear();
        links.clear();
        order.clear();
        boxLayer.getChildren().clear();
        arrowLayer.getChildren().clear();
        linkLayer.getChildren().clear();
        Map<String, String> colours = new HashMap<>();
        for (Agency a : m.agencies()) {
            colours.put(a.id(), a.colour());
        }
        for (Stage s : m.stages()) {
            box(new Selection(Kind.STAGE, s.id()), colours.get(s.agencyId()), false, false, s.position());
        }
        for (TargetGroup g : m.targetGroups()) {
            box(new Selection(Kind.TARGET_GROUP, g.id()), "#4A6FA5", false, false, g.position());
        }
        for (Initiative i : m.initiatives()) {
            box(new Selection(Kind.INITIATIVE, i.id()), "#E0A100", !i.enabled(), !i.enabled(), i.position());
        }
        for (Transition t : m.transitions()) {
            ArrowView a = new ArrowView("arrow-" + t.id(), false);
            arrows.put(t.id(), a);
            arrowEnds.put(t.id(), new Selection[] {new Selection(Kind.STAGE, t.from()), new Selection(Kind.STAGE,
                    t.to())});
            arrowLayer.getChildren().add(a);
            order.add(new Selection(Kind.TRANSITION, t.id()));
        }
        for (Initiative i : m.initiatives()) {
            Selection self = new Selection(Kind.INITIATIVE, i.id());
            link(new Selection(Kind.TARGET_GROUP, i.targetGroupId()), self);
            String anchor = i.interventionStage() != null ? i.interventionStage()
                    : i.reoffending() != null ? i.reoffending().repeatFromStage() : null;
            if (anchor != null) {
                link(self, new Selection(Kind.STAGE, anchor));
            }
            i.alternativeRoute().forEach(s -> link(self, new Selection(Kind.STAGE, s)));
        }
        for (TargetGroup g : m.targetGroups()) {
            boolean served = m.initiatives().stream().anyMatch(i -> i.targetGroupId().equals(g.id()));
            if (!served) {
                link(new Selection(Kind.TARGET_GROUP, g.id()), new Selection(Kind.STAGE, g.entryStage()));
            }
        }
    }

    /** The figures on every box and arrow (see {@link CanvasLabels}). */
    private void label(JourneyModel m, Result result) {
        CanvasLabels labels = CanvasLabels.ofShown(m, result);
        labels.stages().forEach((id, t) -> boxes.get(new Selection(Kind.STAGE, id)).setText(t.heading(), t.second(),
                t.third()));
        for (org.journeyworkbench.model.Stage s : m.stages()) {
            BoxNode box = boxes.get(new Selection(Kind.STAGE, s.id()));
            if (box != null) {
                box.setCitation(org.journeyworkbench.ui.costs.Citations.of(m, s.unitCost(), s.provenance()));
            }
        }
        labels.groups().forEach((id, t) -> boxes.get(new Selection(Kind.TARGET_GROUP, id)).setText(t.heading(),
                t.second(), t.third()));
        labels.initiatives().forEach((id, t) -> boxes.get(new Selection(Kind.INITIATIVE, id)).setText(t.heading(),
                t.second(), t.third()));
        labels.arrows().forEach((id, text) -> arrows.get(id).setText(text));
    }

    private BoxNode box(Selection s, String accent, boolean dashed, boolean dimmed, Position at) {
        BoxNode box = new BoxNode(s, accent == null ? "#808080" : accent, dashed, dimmed);
        Position p = at == null ? new Position(0, 0) : at;
        box.relocate(p.x(), p.y());
        boxes.put(s, box);
        boxLayer.getChildren().add(box);
        order.add(s);
        return box;
    }

    private void link(Selection from, Selection to) {
        if (boxes.containsKey(from) && boxes.containsKey(to)) {
            ArrowView v = new ArrowView(null, true);
            links.add(new Link(v, from, to));
            linkLayer.getChildren().add(v);
        }
    }

    void highlight(Selection selected) {
        boxes.forEach((s, b) -> b.setSelected(s.equals(selected)));
        arrows.forEach((id, a) -> a.setSelected(selected != null && selected.kind() == Kind.TRANSITION
                && selected.id().equals(id)));
    }

    void redrawAll() {
        arrowEnds.forEach((id, ends) -> {
            BoxNode a = boxes.get(ends[0]);
            BoxNode b = boxes.get(ends[1]);
            if (a != null && b != null) {
                arrows.get(id).connect(a, b);
            }
        });
        for (Link l : links) {
            l.view().connect(boxes.get(l.from()), boxes.get(l.to()));
        }
    }

    /** Redraws the arrows and links touching a box being dragged. */
    void redrawArrowsOf(BoxNode moving) {
        arrowEnds.forEach((id, ends) -> {
            if (ends[0].equals(moving.selection) || ends[1].equals(moving.selection)) {
                arrows.get(id).connect(boxes.get(ends[0]), boxes.get(ends[1]));
            }
        });
        for (Link l : links) {
            if (l.from().equals(moving.selection) || l.to().equals(moving.selection)) {
                l.view().connect(boxes.get(l.from()), boxes.get(l.to()));
            }
        }
    }
}
