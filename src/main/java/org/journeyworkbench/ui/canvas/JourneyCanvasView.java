package org.journeyworkbench.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.journeyworkbench.ui.files.Prompts;
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
    /** The strip above the drawing: the group picker, the legend, the zoom buttons. Zooming never covers it. */
    private final javafx.scene.layout.VBox header;
    private final ComboBox<String> groupPicker = new ComboBox<>();
    private final DiagramViewModel viewModel = new DiagramViewModel();
    private final Rectangle clip = new Rectangle();
    /** The drawing's window, under the header: pan and zoom move the world inside it. */
    private final javafx.scene.layout.Pane viewport = new javafx.scene.layout.Pane();
    private DiagramPicture picture;
    private Prompts prompts;
    private boolean fillingPicker;
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
        getStyleClass().add("journey-canvas");
        world.getChildren().addAll(linkLayer, arrowLayer, boxLayer);
        world.getTransforms().setAll(pan, zoom);
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setId("diagramViewport");
        viewport.getChildren().add(world);
        zoomButtons = new HBox(4, button("zoomOutButton", "−", "Zoom out", this::zoomOut),
                button("zoomInButton", "+", "Zoom in", this::zoomIn),
                button("fitButton", "Fit", "Fit the journey to the window (text kept readable)", this::fitToWindow));
        groupPicker.setId("groupPicker");
        groupPicker.setAccessibleText("Show the journey of");
        groupPicker.setFocusTraversable(false);
        groupPicker.setTooltip(new javafx.scene.control.Tooltip(
                "Whose journey the stages and arrows show: every group together, or one target group's own rates"
                        + " and cases"));
        Label pickerLabel = new Label("Show the journey of:");
        pickerLabel.getStyleClass().add("diagram-picker-label");
        pickerLabel.setLabelFor(groupPicker);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pickerLabel.setMinWidth(Region.USE_PREF_SIZE);
        groupPicker.setPrefWidth(230);
        groupPicker.setMinWidth(120);
        zoomButtons.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, pickerLabel, groupPicker, spacer, zoomButtons);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header = new javafx.scene.layout.VBox(4, controls, legend);
        header.getStyleClass().add("diagram-header");
        header.addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        header.addEventHandler(ScrollEvent.ANY, ScrollEvent::consume);
        getChildren().addAll(viewport, header);
        bind();
    }

    private Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(help);
        b.setTooltip(new javafx.scene.control.Tooltip(help));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("diagram-zoom-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void bind() {
        document.modelProperty().addListener((o, was, now) -> render());
        document.resultProperty().addListener((o, was, now) -> render());
        document.selectionProperty().addListener((o, was, now) -> renderer.highlight(now));
        groupPicker.valueProperty().addListener((o, was, now) -> {
            if (!fillingPicker && document.model() != null) {
                viewModel.groupInViewProperty().set(DiagramViewModel.groupNamed(document.model(), now));
                render();
            }
        });
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
        double h = header.prefHeight(getWidth());
        header.resizeRelocate(0, 0, getWidth(), h);
        // The drawing starts under the header: zoomed in, it never covers the legend or the buttons.
        viewport.resizeRelocate(0, h, getWidth(), Math.max(0, getHeight() - h));
        if (!userPlaced && getWidth() > 50 && getHeight() > 50 + h
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
        fillPicker(m);
        picture = viewModel.picture(m, r);
        renderer.render(picture, CanvasLabels.shown(m, r.scenario()), document.selectionProperty().get());
        legend.show(m.agencies());
    }

    private void fillPicker(JourneyModel m) {
        List<String> choices = DiagramViewModel.choices(m);
        fillingPicker = true;
        try {
            if (!groupPicker.getItems().equals(choices)) {
                groupPicker.getItems().setAll(choices);
            }
            String want = viewModel.choice(m);
            if (!want.equals(groupPicker.getValue())) {
                groupPicker.setValue(want);
            }
            if (DiagramViewModel.ALL_GROUPS.equals(want)) {
                viewModel.groupInViewProperty().set(null);
            }
        } finally {
            fillingPicker = false;
        }
    }

    /** The view-model behind the diagram (for tests). */
    DiagramViewModel viewModel() {
        return viewModel;
    }

    /** What the diagram shows now (for tests and the export). */
    DiagramPicture picture() {
        return picture;
    }

    /** Where the canvas asks its questions (a new arrow's rate, where to export). */
    public void setPrompts(Prompts prompts) {
        this.prompts = prompts;
    }

    // ---- public actions (menus, toolbar, shortcuts) ----

    /** Fits the whole journey to the visible area. */
    public void fitToWindow() {
        if (picture == null || picture.boxes().isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double top = header.prefHeight(getWidth());
        double journeyRow = picture.boxes().stream().filter(b -> b.selection().kind() == Kind.STAGE)
                .mapToDouble(b -> b.box().y()).min().orElse(picture.bounds().y()) + BoxNode.STAGE_H / 2;
        FitView.Fit f = FitView.fit(picture.bounds(), getWidth(), getHeight() - top, journeyRow);
        zoom.setX(f.scale());
        zoom.setY(f.scale());
        pan.setX(f.panX());
        pan.setY(f.panY());
    }

    public void zoomIn() {
        userPlaced = true;
        zoomAt(1.2, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public void zoomOut() {
        userPlaced = true;
        zoomAt(1 / 1.2, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public double zoomLevel() {
        return zoom.getX();
    }

    /** Adds a new stage near the centre of the view and selects it, as one undo step. */
    public void addStage() {
        edits.addStage(DiagramViewModel.freeSpotForStage(document.model(), centre()));
    }

    public void addTargetGroup() {
        edits.addTargetGroup(DiagramViewModel.freeSpotForCard(document.model(), centre()));
    }

    public void addInitiative() {
        edits.addInitiative(DiagramViewModel.freeSpotForCard(document.model(), centre()));
    }

    /**
     * Connects two stages with a new arrow and selects it, as one undo step, after asking for its rate
     * (Cancel makes no arrow). Without a way to ask (no prompts given), the rate left over is used.
     */
    public boolean connect(String from, String to) {
        if (prompts == null) {
            return edits.connect(from, to);
        }
        java.util.Optional<Double> rate = NewArrowRate.ask(prompts, document.model(), from, to);
        return rate.isPresent() && edits.connect(from, to, rate.get());
    }

    /** File ▸ Export Diagram…: a PNG or SVG of the diagram as shown, chosen by the file's extension. */
    public void exportDiagram() {
        if (prompts == null || picture == null) {
            return;
        }
        String base = document.fileProperty().get() == null ? "journey"
                : document.fileProperty().get().getFileName().toString().replaceFirst("\\.json$", "");
        DiagramExport.ask(prompts, base + " diagram").ifPresent(out -> {
            try {
                if (DiagramExport.kindOf(out).equals("svg")) {
                    DiagramExport.writeSvg(picture, out);
                } else {
                    DiagramExport.writePng(snapshot(), out);
                }
                document.notice("Exported the diagram to " + out.getFileName() + ".");
            } catch (java.io.IOException e) {
                prompts.error("Could not export the diagram", "The diagram could not be written to "
                        + out.getFileName() + ": " + DiagramExport.failure(e));
            }
        });
    }

    /** The whole drawing at twice the diagram's size, on white, whatever part of it the window shows. */
    WritableImage snapshot() {
        double was = zoom.getX();
        double px = pan.getX();
        double py = pan.getY();
        org.journeyworkbench.engine.layout.Box b = picture.bounds();
        double s = 2;
        try {
            zoom.setX(s);
            zoom.setY(s);
            pan.setX(0);
            pan.setY(0);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            params.setViewport(new javafx.geometry.Rectangle2D((b.x() - 20) * s, (b.y() - 20) * s,
                    (b.w() + 40) * s, (b.h() + 40) * s));
            return world.snapshot(params, null);
        } finally {
            zoom.setX(was);
            zoom.setY(was);
            pan.setX(px);
            pan.setY(py);
            requestLayout();
        }
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
            zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY() - viewport.getLayoutY());
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
        Point2D p = world.parentToLocal(viewport.getWidth() / 2, viewport.getHeight() / 2);
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
