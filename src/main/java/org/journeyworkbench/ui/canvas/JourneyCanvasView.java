package org.journeyworkbench.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.Selection.Kind;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * The offender journey as an editable diagram (graph-editor's layering: arrows under boxes, a lookup from
 * model id to box). While a box is dragged only the view moves; the model is written once, on release, as
 * one undo step. Shift-drag from one stage to another connects them. Drag the background to pan, scroll to
 * pan, Ctrl+scroll to zoom.
 */
public final class JourneyCanvasView extends Region {
    private final WorkbenchDocument document;
    private final Group world = new Group();
    private final Group linkLayer = new Group();
    private final Group arrowLayer = new Group();
    private final Group boxLayer = new Group();
    private final Translate pan = new Translate(20, 10);
    private final Scale zoom = new Scale(1, 1);
    private final Map<Selection, BoxNode> boxes = new HashMap<>();
    private final Map<String, ArrowView> arrows = new HashMap<>();
    private final Legend legend = new Legend();
    private final HBox zoomButtons;
    private final CanvasRenderer renderer;
    private final DiagramEdits edits;
    private Point2D pressScene;
    private Point2D pressBox;
    private BoxNode dragged;
    private boolean moved;
    private ArrowView rubberBand;
    /** True once the user has panned or zoomed: until then the journey keeps fitting the window. */
    private boolean userPlaced;
    private double fittedWidth;
    private double fittedHeight;

    public JourneyCanvasView(WorkbenchDocument document) {
        this.document = document;
        renderer = new CanvasRenderer(boxes, arrows, boxLayer, arrowLayer, linkLayer);
        edits = new DiagramEdits(document);
        setId("journeyCanvas");
        setAccessibleText("Offender journey diagram");
        setFocusTraversable(true);
        setStyle("-fx-background-color: #F7F8FA;");
        world.getChildren().addAll(linkLayer, arrowLayer, boxLayer);
        world.getTransforms().setAll(pan, zoom);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        zoomButtons = new HBox(4, button("zoomOutButton", "−", "Zoom out", this::zoomOut),
                button("zoomInButton", "+", "Zoom in", this::zoomIn),
                button("fitButton", "Fit", "Fit the whole journey to the window", this::fitToWindow));
        getChildren().addAll(world, legend, zoomButtons);
        bind();
    }

    private Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(help);
        b.setTooltip(new javafx.scene.control.Tooltip(help));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        b.setStyle("-fx-font-size: 13px; -fx-min-width: 34px;");
        return b;
    }

    private void bind() {
        document.modelProperty().addListener((o, was, now) -> render());
        document.resultProperty().addListener((o, was, now) -> render());
        document.selectionProperty().addListener((o, was, now) -> renderer.highlight(now));
        document.fileProperty().addListener((o, was, now) -> {
            userPlaced = false;
            requestLayout();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        render();
    }

    @Override
    protected void layoutChildren() {
        legend.autosize();
        legend.relocate(10, 10);
        zoomButtons.autosize();
        zoomButtons.relocate(getWidth() - zoomButtons.getWidth() - 10, 10);
        if (!userPlaced && getWidth() > 50 && getHeight() > 50
                && (getWidth() != fittedWidth || getHeight() != fittedHeight)) {
            fittedWidth = getWidth();
            fittedHeight = getHeight();
            fitToWindow();
        }
    }

    private void render() {
        JourneyModel m = document.model();
        Result r = document.result();
        if (m == null || r == null) {
            return;
        }
        renderer.render(m, r, document.selectionProperty().get());
        legend.show(m.agencies());
    }

    // ---- public actions (menus, toolbar, shortcuts) ----

    /** Fits the whole journey to the visible area. */
    public void fitToWindow() {
        if (boxes.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        // From the boxes' positions and fixed sizes: before a layout pass their bounds are still empty.
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (BoxNode b : boxes.values()) {
            minX = Math.min(minX, b.getLayoutX());
            minY = Math.min(minY, b.getLayoutY());
            maxX = Math.max(maxX, b.getLayoutX() + b.width());
            maxY = Math.max(maxY, b.getLayoutY() + b.height());
        }
        double top = 48;
        double w = maxX - minX;
        double h = maxY - minY;
        double s = Math.min((getWidth() - 40) / w, (getHeight() - top - 16) / h);
        s = Math.max(0.2, Math.min(1.6, s));
        zoom.setX(s);
        zoom.setY(s);
        pan.setX((getWidth() - w * s) / 2 - minX * s);
        pan.setY(top + (getHeight() - top - 8 - h * s) / 2 - minY * s);
    }

    public void zoomIn() {
        userPlaced = true;
        zoomAt(1.2, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        userPlaced = true;
        zoomAt(1 / 1.2, getWidth() / 2, getHeight() / 2);
    }

    public double zoomLevel() {
        return zoom.getX();
    }

    /** Adds a new stage near the centre of the view and selects it, as one undo step. */
    public void addStage() {
        edits.addStage(centre());
    }

    public void addTargetGroup() {
        edits.addTargetGroup(centre());
    }

    public void addInitiative() {
        edits.addInitiative(centre());
    }

    /** Connects two stages with a new arrow and selects it, as one undo step. */
    public boolean connect(String from, String to) {
        return edits.connect(from, to);
    }

    /** Deletes what is selected (a stage with its arrows), as one undo step. */
    public void deleteSelection() {
        edits.deleteSelection();
    }

    // ---- mouse ----

    private void pressed(MouseEvent e) {
        requestFocus();
        pressScene = new Point2D(e.getSceneX(), e.getSceneY());
        moved = false;
        dragged = boxAt(e.getTarget());
        ArrowView arrow = arrowAt(e.getTarget());
        if (dragged != null) {
            pressBox = new Point2D(dragged.getLayoutX(), dragged.getLayoutY());
            if (e.isShiftDown() && dragged.selection.kind() == Kind.STAGE) {
                rubberBand = new ArrowView(null, false);
                arrowLayer.getChildren().add(rubberBand);
            }
        } else if (arrow != null) {
            document.selectionProperty().set(new Selection(Kind.TRANSITION, arrow.getId().substring("arrow-".length())));
        } else if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            pressBox = new Point2D(pan.getX(), pan.getY());
        }
    }

    private void dragged(MouseEvent e) {
        if (pressScene == null || pressBox == null) {
            return;
        }
        double dx = e.getSceneX() - pressScene.getX();
        double dy = e.getSceneY() - pressScene.getY();
        moved |= Math.abs(dx) + Math.abs(dy) > 3;
        if (rubberBand != null) {
            Point2D local = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            rubberBand.set(new Point2D(dragged.centerX(), dragged.centerY()), local);
        } else if (dragged != null) {
            dragged.relocate(pressBox.getX() + dx / zoom.getX(), pressBox.getY() + dy / zoom.getY());
            renderer.redrawArrowsOf(dragged);
        } else {
            userPlaced = true;
            pan.setX(pressBox.getX() + dx);
            pan.setY(pressBox.getY() + dy);
        }
    }

    private void released(MouseEvent e) {
        if (rubberBand != null) {
            arrowLayer.getChildren().remove(rubberBand);
            rubberBand = null;
            BoxNode target = boxAtScene(e.getSceneX(), e.getSceneY());
            if (target != null && target != dragged && target.selection.kind() == Kind.STAGE) {
                connect(dragged.selection.id(), target.selection.id());
            }
        } else if (dragged != null) {
            if (moved) {
                edits.moveTo(dragged.selection, new Position(dragged.getLayoutX(), dragged.getLayoutY()));
            }
            document.selectionProperty().set(dragged.selection);
        } else if (!moved && arrowAt(e.getTarget()) == null) {
            document.selectionProperty().set(null);
        }
        pressScene = null;
        pressBox = null;
        dragged = null;
    }

    private void scrolled(ScrollEvent e) {
        userPlaced = true;
        if (e.isControlDown()) {
            zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        } else {
            pan.setX(pan.getX() + e.getDeltaX());
            pan.setY(pan.getY() + e.getDeltaY());
        }
        e.consume();
    }

    private void zoomAt(double factor, double x, double y) {
        double s = Math.max(0.2, Math.min(3, zoom.getX() * factor));
        double f = s / zoom.getX();
        pan.setX(x - (x - pan.getX()) * f);
        pan.setY(y - (y - pan.getY()) * f);
        zoom.setX(s);
        zoom.setY(s);
    }

    // ---- keyboard ----

    private void key(KeyEvent e) {
        Selection sel = document.selectionProperty().get();
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> {
                deleteSelection();
                e.consume();
            }
            case ESCAPE -> {
                document.selectionProperty().set(null);
                e.consume();
            }
            case TAB -> {
                cycleSelection(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
            case LEFT, RIGHT, UP, DOWN -> {
                BoxNode box = sel == null ? null : boxes.get(sel);
                if (box == null) {
                    // Nothing to move: the arrow keys pan the view instead.
                    userPlaced = true;
                    double step = e.isShiftDown() ? 200 : 40;
                    pan.setX(pan.getX() + (e.getCode() == KeyCode.LEFT ? step : e.getCode() == KeyCode.RIGHT ? -step : 0));
                    pan.setY(pan.getY() + (e.getCode() == KeyCode.UP ? step : e.getCode() == KeyCode.DOWN ? -step : 0));
                    e.consume();
                } else {
                    double step = e.isShiftDown() ? 50 : 10;
                    double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
                    double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
                    edits.moveTo(sel, new Position(box.getLayoutX() + dx, box.getLayoutY() + dy));
                    e.consume();
                }
            }
            default -> { }
        }
    }

    private void cycleSelection(int direction) {
        List<Selection> order = renderer.order();
        if (order.isEmpty()) {
            return;
        }
        int at = order.indexOf(document.selectionProperty().get());
        int next = Math.floorMod(at + direction, order.size());
        document.selectionProperty().set(order.get(at < 0 && direction < 0 ? order.size() - 1 : next));
    }

    // ---- lookups ----

    private Position centre() {
        Point2D p = world.parentToLocal(getWidth() / 2, getHeight() / 2);
        return new Position(Math.round(p.getX() - BoxNode.STAGE_W / 2), Math.round(p.getY() - BoxNode.STAGE_H / 2));
    }

    private static BoxNode boxAt(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof BoxNode b) {
                return b;
            }
        }
        return null;
    }

    private static ArrowView arrowAt(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof ArrowView a && a.getId() != null && a.getId().startsWith("arrow-")) {
                return a;
            }
        }
        return null;
    }

    private BoxNode boxAtScene(double x, double y) {
        for (BoxNode b : boxes.values()) {
            if (b.localToScene(b.getBoundsInLocal()).contains(x, y)) {
                return b;
            }
        }
        return null;
    }

    /** The box showing this thing, for tests and for the inspector to scroll to. */
    public Node nodeFor(Selection s) {
        return s.kind() == Kind.TRANSITION ? arrows.get(s.id()) : boxes.get(s);
    }
}
