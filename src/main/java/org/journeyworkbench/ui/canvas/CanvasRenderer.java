package org.journeyworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import org.journeyworkbench.engine.result.InitiativeResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.TargetGroupResult;
import org.journeyworkbench.engine.layout.AutoLayout;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.ui.Figures;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.Selection.Kind;

/**
 * Draws the model and its result into the canvas layers: a box for every stage, target group and
 * initiative, an arrow for every transition, dashed links from groups and initiatives to where they act.
 * Anything without a position yet is placed by {@link AutoLayout}.
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
        JourneyModel m = AutoLayout.needsLayout(model) ? AutoLayout.layOut(model) : model;
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

    /** The figures on every box and arrow. */
    private void label(JourneyModel m, Result result) {
        Map<String, String> agencyNames = new HashMap<>();
        m.agencies().forEach(a -> agencyNames.put(a.id(), a.name()));
        Map<String, Double> before = casesWithoutInitiatives(m, result);
        for (Stage s : m.stages()) {
            double was = before.getOrDefault(s.id(), 0.0);
            double now = result.casesAtStage().getOrDefault(s.id(), 0.0);
            boxes.get(new Selection(Kind.STAGE, s.id())).setText(s.name(), Money.formatUnit(s.unitCost())
                    + " a case · " + agencyNames.get(s.agencyId()), Figures.cases(was)
                    + (Math.abs(was - now) > 1e-9 ? " → " + Figures.cases(now) : "") + " cases a year");
        }
        for (TargetGroup g : m.targetGroups()) {
            boxes.get(new Selection(Kind.TARGET_GROUP, g.id())).setText(g.name(),
                    g.referrer().isBlank() ? "Target group" : "Referred by " + g.referrer(),
                    Figures.cases(g.cases()) + " cases a year");
        }
        for (Initiative i : m.initiatives()) {
            boxes.get(new Selection(Kind.INITIATIVE, i.id())).setText(i.name(), takeUpText(i, result),
                    impactText(i, result));
        }
        for (Transition t : m.transitions()) {
            double was = before.getOrDefault("t:" + t.id(), 0.0);
            double now = result.casesOnTransition().getOrDefault(t.id(), 0.0);
            arrows.get(t.id()).setText(ratesFollowed(m, result, t) + "\n" + Figures.cases(was)
                    + (Math.abs(was - now) > 1e-9 ? " → " + Figures.cases(now) : "") + " cases");
        }
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

    private static String takeUpText(Initiative i, Result r) {
        InitiativeResult ir = r.initiatives().stream().filter(x -> x.initiativeId().equals(i.id())).findFirst()
                .orElse(null);
        if (!i.enabled() || ir == null) {
            return "Switched off";
        }
        String share = i.takeUp().basis() == TakeUp.Basis.SHARE ? " (" + Percent.format(i.takeUp().value()) + ")"
                : "";
        return (i.interventionStage() == null ? "Works with " : "Takes ") + Figures.cases(ir.casesTakenOn())
                + share + (i.interventionStage() == null ? " cases a year" : " cases off a year");
    }

    private static String impactText(Initiative i, Result r) {
        return r.initiatives().stream().filter(x -> x.initiativeId().equals(i.id())).findFirst()
                .filter(InitiativeResult::enabled)
                .map(x -> "Saves " + Money.format(x.annualSaving()) + " · costs " + Money.format(x.annualCost()))
                .orElse("");
    }

    /**
     * The rates the cases on this arrow actually follow: each target group reaching its start uses its own
     * rate or the journey's default. "50%" when they agree, "10–50%" when they differ, so the cases shown
     * are never read against a default no group uses.
     */
    private static String ratesFollowed(JourneyModel m, Result r, Transition t) {
        double min = Double.MAX_VALUE;
        double max = -1;
        for (TargetGroup g : m.targetGroups()) {
            Double reaching = r.targetGroups().stream().filter(x -> x.targetGroupId().equals(g.id())).findFirst()
                    .map(x -> x.casesAtStage().get(t.from())).orElse(0.0);
            if (reaching != null && reaching > 0) {
                double rate = g.rates().getOrDefault(t.id(), t.rate());
                min = Math.min(min, rate);
                max = Math.max(max, rate);
            }
        }
        if (max < 0 || Math.abs(max - min) < 1e-12) {
            return Percent.format(max < 0 ? t.rate() : max);
        }
        return Percent.format(min).replace("%", "") + "–" + Percent.format(max);
    }

    /** Cases at each stage (and on each arrow, keyed "t:ID") across all groups, with no initiative. */
    private static Map<String, Double> casesWithoutInitiatives(JourneyModel m, Result r) {
        Map<String, Double> out = new HashMap<>();
        for (TargetGroupResult g : r.targetGroups()) {
            g.casesAtStage().forEach((k, v) -> out.merge(k, v, Double::sum));
            g.casesOnTransition().forEach((k, v) -> out.merge("t:" + k, v, Double::sum));
        }
        return out;
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
