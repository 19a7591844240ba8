package org.journeyworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.journeyworkbench.engine.layout.AutoLayout;
import org.journeyworkbench.engine.layout.Box;
import org.journeyworkbench.engine.layout.DiagramGeometry;
import org.journeyworkbench.engine.layout.FreeSpace;
import org.journeyworkbench.engine.layout.Point;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.TargetGroup;

/**
 * The diagram's state and logic, without a control: which target group's journey is in view, the picture of
 * the model for it, where a new box goes, and what a typed rate for a new arrow means. The canvas binds to
 * it; plain JUnit tests drive it.
 */
public final class DiagramViewModel {
    /** The picker's first choice: every group's cases together. */
    public static final String ALL_GROUPS = "All groups";

    /** The target group whose journey is shown; null for all groups. */
    private final ObjectProperty<String> groupInView = new SimpleObjectProperty<>();
    /** The last geometry and what it was worked out from: routing is redone only when boxes or lines change. */
    private List<Object> geometryKey = List.of();
    private DiagramGeometry geometry;

    public ObjectProperty<String> groupInViewProperty() {
        return groupInView;
    }

    /** The picker's choices: "All groups", then each target group's name. */
    public static List<String> choices(JourneyModel m) {
        List<String> out = new ArrayList<>();
        out.add(ALL_GROUPS);
        m.targetGroups().forEach(g -> out.add(g.name()));
        return out;
    }

    /** The group id a picker choice names (null for all groups, or a name no group has). */
    public static String groupNamed(JourneyModel m, String choice) {
        return m.targetGroups().stream().filter(g -> g.name().equals(choice)).map(TargetGroup::id).findFirst()
                .orElse(null);
    }

    /** The picker choice for the group in view. */
    public String choice(JourneyModel m) {
        String id = groupInView.get();
        return id == null ? ALL_GROUPS : m.targetGroup(id).map(TargetGroup::name).orElse(ALL_GROUPS);
    }

    /** The picture of the model as the result's option sees it, for the group in view. */
    public DiagramPicture picture(JourneyModel model, Result result) {
        JourneyModel laid = AutoLayout.needsLayout(model) ? AutoLayout.layOut(model) : model;
        JourneyModel shown = CanvasLabels.shown(laid, result.scenario());
        String group = groupInView.get() != null && shown.targetGroup(groupInView.get()).isPresent()
                ? groupInView.get() : null;
        List<Object> key = geometryKey(shown);
        if (geometry == null || !key.equals(geometryKey)) {
            geometry = DiagramGeometry.of(shown);
            geometryKey = key;
        }
        return DiagramPicture.of(shown, result, group, geometry);
    }

    /** Everything the geometry depends on: boxes and their places, and what each line joins. */
    private static List<Object> geometryKey(JourneyModel m) {
        List<Object> key = new ArrayList<>();
        m.stages().forEach(s -> key.add(List.of(s.id(), String.valueOf(s.position()))));
        m.transitions().forEach(t -> key.add(List.of(t.id(), t.from(), t.to())));
        m.targetGroups().forEach(g -> key.add(List.of(g.id(), g.entryStage(), String.valueOf(g.position()))));
        m.initiatives().forEach(i -> key.add(List.of(i.id(), i.targetGroupId(), String.valueOf(AutoLayout.anchor(i)),
                i.alternativeRoute(), String.valueOf(i.position()))));
        return key;
    }

    /** Where a new box of this size goes: the free space nearest to {@code wanted} (never on another box). */
    public static Position freeSpotFor(JourneyModel model, Position wanted, double w, double h) {
        Point p = FreeSpace.near(DiagramGeometry.boxesOf(model).values(), wanted.x(), wanted.y(), w, h);
        return new Position(Math.round(p.x()), Math.round(p.y()));
    }

    public static Position freeSpotForStage(JourneyModel model, Position wanted) {
        return freeSpotFor(model, wanted, Box.STAGE_W, Box.STAGE_H);
    }

    public static Position freeSpotForCard(JourneyModel model, Position wanted) {
        return freeSpotFor(model, wanted, Box.CARD_W, Box.CARD_H);
    }

    /**
     * A rate typed for a new arrow, as a fraction: "25", "25%" or "2.5 %" are percentages. Empty, with the
     * reason in words in {@code problem}, when it is not a number from 0 to 100.
     */
    public static Optional<Double> parseRate(String typed, StringBuilder problem) {
        String t = typed == null ? "" : typed.trim().replace("%", "").trim();
        if (t.isEmpty()) {
            problem.append("Type the share of cases that take this arrow, as a percentage (for example 25).");
            return Optional.empty();
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            problem.append("\"").append(typed.trim()).append("\" is not a number. Type a percentage such as 25.");
            return Optional.empty();
        }
        if (!(v >= 0 && v <= 100)) {
            problem.append("A rate is a percentage from 0 to 100; ").append(t).append(" is outside it.");
            return Optional.empty();
        }
        return Optional.of(v / 100);
    }

    /** The rate offered when the dialog opens: the journey's default for a new arrow. */
    public static String suggestedRate(double rate) {
        return Percent.format(rate).replace("%", "");
    }
}
