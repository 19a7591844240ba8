package org.journeyworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.ui.canvas.DiagramPicture.BoxPicture;
import org.journeyworkbench.ui.canvas.DiagramPicture.EdgePicture;
import org.journeyworkbench.ui.costs.Citations;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.Selection.Kind;

/**
 * Puts a {@link DiagramPicture} on the canvas layers: a box node for every box, an arrow view for every
 * arrow and link. What they say and where they go is the picture's; this class only makes and updates nodes.
 */
final class CanvasRenderer {
    private record Link(ArrowView view, Selection from, Selection to) {
    }

    private final Map<Selection, BoxNode> boxes;
    private final Map<String, ArrowView> arrows;
    private final Group boxLayer;
    private final Group arrowLayer;
    private final Group linkLayer;
    private final List<Link> links = new ArrayList<>();
    private final List<Link> arrowLinks = new ArrayList<>();
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
     * Draws the picture. When only figures changed since the last call (a slider moving), the nodes are kept
     * and only their texts change: rebuilding every node on every slider step was most of its cost.
     */
    void render(DiagramPicture picture, JourneyModel shown, Selection selected) {
        List<Object> shape = shape(picture);
        if (!shape.equals(lastShape)) {
            lastShape = shape;
            build(picture);
        }
        label(picture, shown);
        highlight(selected);
    }

    /** Everything drawn except the texts: boxes, their looks and places, the paths. */
    private static List<Object> shape(DiagramPicture p) {
        List<Object> key = new ArrayList<>();
        for (BoxPicture b : p.boxes()) {
            key.add(List.of(b.selection(), b.box(), b.accent(), b.dashed(), b.dimmed()));
        }
        for (EdgePicture e : p.edges()) {
            key.add(List.of(String.valueOf(e.transitionId()), e.from(), e.to(), e.points()));
        }
        return key;
    }

    private void build(DiagramPicture p) {
        boxes.clear();
        arrows.clear();
        links.clear();
        arrowLinks.clear();
        order.clear();
        boxLayer.getChildren().clear();
        arrowLayer.getChildren().clear();
        linkLayer.getChildren().clear();
        for (BoxPicture b : p.boxes()) {
            BoxNode node = new BoxNode(b.selection(), b.accent(), b.dashed(), b.dimmed());
            node.relocate(b.box().x(), b.box().y());
            boxes.put(b.selection(), node);
            boxLayer.getChildren().add(node);
            order.add(b.selection());
        }
        for (EdgePicture e : p.edges()) {
            ArrowView v = new ArrowView(e.isLink() ? null : "arrow-" + e.transitionId(), e.isLink());
            v.setPath(e.points());
            if (e.isLink()) {
                links.add(new Link(v, e.from(), e.to()));
                linkLayer.getChildren().add(v);
            } else {
                arrows.put(e.transitionId(), v);
                arrowLinks.add(new Link(v, e.from(), e.to()));
                arrowLayer.getChildren().add(v);
                order.add(new Selection(Kind.TRANSITION, e.transitionId()));
            }
        }
    }

    private void label(DiagramPicture p, JourneyModel shown) {
        for (BoxPicture b : p.boxes()) {
            BoxNode node = boxes.get(b.selection());
            if (node != null) {
                node.setText(b.text().heading(), b.text().second(), b.text().third());
            }
        }
        for (Stage s : shown.stages()) {
            BoxNode node = boxes.get(new Selection(Kind.STAGE, s.id()));
            if (node != null) {
                node.setCitation(Citations.of(shown, s.unitCost(), s.provenance()));
            }
        }
        for (EdgePicture e : p.edges()) {
            if (!e.isLink() && arrows.containsKey(e.transitionId())) {
                arrows.get(e.transitionId()).setText(e.label(), e.tooltip());
            }
        }
    }

    void highlight(Selection selected) {
        boxes.forEach((s, b) -> b.setSelected(s.equals(selected)));
        arrows.forEach((id, a) -> a.setSelected(selected != null && selected.kind() == Kind.TRANSITION
                && selected.id().equals(id)));
    }

    /** Redraws the arrows and links touching a box being dragged, straight (routed again on release). */
    void redrawArrowsOf(BoxNode moving) {
        for (List<Link> list : List.of(arrowLinks, links)) {
            for (Link l : list) {
                if (l.from().equals(moving.selection) || l.to().equals(moving.selection)) {
                    l.view().connect(boxes.get(l.from()), boxes.get(l.to()));
                }
            }
        }
    }
}
