package org.journeyworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.layout.Box;
import org.journeyworkbench.engine.layout.DiagramGeometry;
import org.journeyworkbench.engine.layout.Point;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.ui.canvas.CanvasLabels.BoxText;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.Selection.Kind;

/**
 * Everything the diagram shows, as plain data: each box with its place, colour and three lines, each arrow
 * and link with its path and label. The window's canvas and the SVG writer draw the same picture.
 *
 * @param boxes    stages, then target groups, then initiatives
 * @param edges    arrows (journey transitions), then dashed links
 * @param agencies for the legend
 */
public record DiagramPicture(List<BoxPicture> boxes, List<EdgePicture> edges, List<Agency> agencies, Box bounds) {
    /** The colour of target group boxes' band. */
    static final String GROUP_ACCENT = "#4A6FA5";
    static final String INITIATIVE_ACCENT = "#E0A100";
    static final String NO_AGENCY = "#808080";

    /**
     * @param dashed a switched-off initiative's outline
     * @param dimmed switched off, or not of the target group in view
     */
    public record BoxPicture(Selection selection, Box box, String accent, boolean dashed, boolean dimmed,
                             BoxText text) {
    }

    /**
     * @param transitionId null for a dashed link
     * @param label        the arrow's rate and cases, or empty for a link
     * @param tooltip      the rates of each group when they differ, else empty
     */
    public record EdgePicture(String transitionId, Selection from, Selection to, List<Point> points, String label,
                              String tooltip) {
        public boolean isLink() {
            return transitionId == null;
        }
    }

    public DiagramPicture {
        boxes = List.copyOf(boxes);
        edges = List.copyOf(edges);
        agencies = List.copyOf(agencies);
    }

    /**
     * The picture of a model as the result's option sees it, for one target group (or all, when null).
     *
     * @param shown the model with the option applied ({@link CanvasLabels#shown}) and laid out
     */
    static DiagramPicture of(JourneyModel shown, Result result, String group, DiagramGeometry geometry) {
        CanvasLabels labels = CanvasLabels.ofShown(shown, result, group);
        Map<String, String> colours = new HashMap<>();
        shown.agencies().forEach(a -> colours.put(a.id(), a.colour()));
        List<BoxPicture> boxes = new ArrayList<>();
        for (Stage s : shown.stages()) {
            boxes.add(new BoxPicture(new Selection(Kind.STAGE, s.id()), geometry.boxes().get(Box.stageKey(s.id())),
                    colours.getOrDefault(s.agencyId(), NO_AGENCY), false, false, labels.stages().get(s.id())));
        }
        for (TargetGroup g : shown.targetGroups()) {
            boolean other = group != null && !group.equals(g.id());
            boxes.add(new BoxPicture(new Selection(Kind.TARGET_GROUP, g.id()), geometry.boxes().get(Box.groupKey(g.id())),
                    GROUP_ACCENT, false, other, labels.groups().get(g.id())));
        }
        for (Initiative i : shown.initiatives()) {
            boolean other = group != null && !group.equals(i.targetGroupId());
            boxes.add(new BoxPicture(new Selection(Kind.INITIATIVE, i.id()),
                    geometry.boxes().get(Box.initiativeKey(i.id())), INITIATIVE_ACCENT, !i.enabled(),
                    !i.enabled() || other, labels.initiatives().get(i.id())));
        }
        List<EdgePicture> edges = new ArrayList<>();
        for (DiagramGeometry.Edge e : geometry.edges()) {
            String id = e.transitionId();
            edges.add(new EdgePicture(id, selection(e.from()), selection(e.to()), e.points(),
                    id == null ? "" : labels.arrows().getOrDefault(id, ""),
                    id == null ? "" : labels.arrowTips().getOrDefault(id, "")));
        }
        return new DiagramPicture(boxes, edges, shown.agencies(), geometry.bounds());
    }

    /** The selection a geometry key ("stage:ID" …) stands for. */
    static Selection selection(String key) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String id = key.substring(colon + 1);
        return new Selection(kind.equals("stage") ? Kind.STAGE : kind.equals("group") ? Kind.TARGET_GROUP
                : Kind.INITIATIVE, id);
    }

    public BoxPicture box(Selection s) {
        return boxes.stream().filter(b -> b.selection().equals(s)).findFirst().orElse(null);
    }

    public EdgePicture arrow(String transitionId) {
        return edges.stream().filter(e -> transitionId.equals(e.transitionId())).findFirst().orElse(null);
    }
}
