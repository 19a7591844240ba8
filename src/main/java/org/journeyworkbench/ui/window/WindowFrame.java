package org.journeyworkbench.ui.window;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeyworkbench.ui.window.WindowSettings.Box;

/**
 * The window's frame: where it opens and how large, its minimum size, the side panels shown or hidden and
 * how wide, all remembered in a {@link WindowSettingsStore} when the window closes. The middle column (the
 * diagram over the results) always stays; the side panels keep their widths when the window is resized.
 */
public final class WindowFrame {
    private final Stage stage;
    private final WindowSettingsStore store;
    private final SplitPane main;
    private final SplitPane middle;
    private final Region left;
    private final Region right;
    private final BooleanProperty leftShown = new SimpleBooleanProperty(this, "assumptionsShown", true);
    private final BooleanProperty rightShown = new SimpleBooleanProperty(this, "inspectorShown", true);
    private WindowSettings settings;
    /** The last bounds while not maximised: what a maximised window goes back to. */
    private Box normalBounds;
    private double leftWidth;
    private double rightWidth;
    /** While the frame itself moves the dividers: their moves are not the user's. */
    private boolean placing;
    private final Runnable afterLayout = this::afterLayout;
    private double placedAtWidth = -1;
    /** The diagram's share of the middle column's height; kept when the window's height changes. */
    private double diagramShare;
    private double placedAtHeight = -1;

    public WindowFrame(Stage stage, WindowSettingsStore store, SplitPane main, SplitPane middle, Region left,
                       Region right) {
        this.stage = stage;
        this.store = store;
        this.main = main;
        this.middle = middle;
        this.left = left;
        this.right = right;
        this.settings = store.load();
        leftWidth = settings.assumptionsWidth();
        rightWidth = settings.inspectorWidth();
        left.setMinWidth(WindowSettings.SIDE_MIN_WIDTH);
        right.setMinWidth(WindowSettings.SIDE_MIN_WIDTH);
        left.setPrefWidth(leftWidth);
        right.setPrefWidth(rightWidth);
        // Left resizable with the window: the split's own pixel-keeping on a resize fights positions set after
        // it; afterLayout keeps the panels' widths instead.
        diagramShare = settings.diagramShare();
        middle.setDividerPositions(diagramShare);
        // A divider the user drags (at a steady height) is the new share.
        middle.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            if (!placing && stage.isShowing() && middle.getHeight() == placedAtHeight) {
                diagramShare = now.doubleValue();
            }
        });
        leftShown.set(settings.assumptionsShown());
        rightShown.set(settings.inspectorShown());
        arrangePanels();
        leftShown.addListener((o, was, now) -> showPanels());
        rightShown.addListener((o, was, now) -> showPanels());
        // The side panels keep their widths in pixels: a wider window widens the middle. A SplitPane only
        // knows fractions, so each change of its width places the dividers again from the widths, and a
        // divider the user drags changes the width it stands for.
        // Placed after the layout pass that gave the split its new size: a split laying itself out for a new
        // size moves its dividers its own way, undoing positions set before.
        main.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        main.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) c -> followDividers());
        followDividers();
    }

    /** Sizes and places the window before it is first shown, and remembers it when it closes. */
    public void place() {
        stage.setMinWidth(WindowSettings.MIN_WIDTH);
        stage.setMinHeight(WindowSettings.MIN_HEIGHT);
        Box b = WindowPlacement.place(settings, screens(), box(Screen.getPrimary().getVisualBounds()));
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        normalBounds = b;
        // Near enough before the first layout (the split spans the window), so the panels do not visibly jump
        // when afterLayout puts them exactly.
        double[] first = Dividers.positions(b.width(), leftWidth, rightWidth, leftShown.get(), rightShown.get());
        if (first.length > 0 && first.length == main.getDividers().size()) {
            main.setDividerPositions(first);
        }
        if (settings.maximised()) {
            stage.setMaximized(true);
        }
        stage.xProperty().addListener((o, was, now) -> noteBounds());
        stage.yProperty().addListener((o, was, now) -> noteBounds());
        stage.widthProperty().addListener((o, was, now) -> noteBounds());
        stage.heightProperty().addListener((o, was, now) -> noteBounds());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember());
    }

    /** Whether the Assumptions panel (left) is shown; View ▸ Assumptions Panel toggles it. */
    public BooleanProperty assumptionsShownProperty() {
        return leftShown;
    }

    /** Whether the inspector (right) is shown; View ▸ Inspector Panel toggles it. */
    public BooleanProperty inspectorShownProperty() {
        return rightShown;
    }

    /** What would be remembered if the window closed now. */
    public WindowSettings current() {
        return settings.withBounds(normalBounds, stage.isMaximized())
                .withPanels(leftWidth, rightWidth, diagramShare, leftShown.get(), rightShown.get());
    }

    /** Writes what {@link #current()} says into the store. */
    public void remember() {
        settings = current();
        store.save(settings);
    }

    private void noteBounds() {
        if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normalBounds = new Box(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private void showPanels() {
        arrangePanels();
        // After the split has laid out its new items, or it puts the dividers back where it likes.
        placedAtWidth = -1; // placed again after the split has laid out its new items
    }

    private void arrangePanels() {
        Node centre = main.getItems().stream().filter(n -> n != left && n != right).findFirst().orElseThrow();
        List<Node> items = new java.util.ArrayList<>();
        if (leftShown.get()) {
            items.add(left);
        }
        items.add(centre);
        if (rightShown.get()) {
            items.add(right);
        }
        if (!items.equals(main.getItems())) {
            main.getItems().setAll(items);
        }
    }

    private void followDividers() {
        for (SplitPane.Divider d : main.getDividers()) {
            d.positionProperty().addListener((o, was, now) -> dividerMoved());
        }
    }

    /** A divider the user moved: the panel beside it is now this wide. */
    private void dividerMoved() {
        if (placing || !stage.isShowing() || main.getWidth() != placedAtWidth) {
            return;
        }
        double[] p = main.getDividerPositions();
        double w = main.getWidth();
        if (p.length == 0) {
            return;
        }
        if (leftShown.get()) {
            leftWidth = Math.max(p[0] * w, WindowSettings.SIDE_MIN_WIDTH);
        }
        if (rightShown.get()) {
            rightWidth = Math.max((1 - p[p.length - 1]) * w, WindowSettings.SIDE_MIN_WIDTH);
        }
    }

    /** After each layout pass: the dividers placed again if the splits' sizes changed. */
    private void afterLayout() {
        if (main.getWidth() > 0 && main.getWidth() != placedAtWidth) {
            placeDividers();
        }
        if (middle.getHeight() > 0 && middle.getHeight() != placedAtHeight) {
            placeMiddle();
        }
    }

    private void placeMiddle() {
        placing = true;
        try {
            placedAtHeight = middle.getHeight();
            middle.setDividerPositions(diagramShare);
        } finally {
            placing = false;
        }
    }

    private void placeDividers() {
        placedAtWidth = main.getWidth();
        double[] p = Dividers.positions(main.getWidth(), leftWidth, rightWidth, leftShown.get(), rightShown.get());
        if (p.length > 0 && p.length == main.getDividers().size()) {
            placing = true;
            try {
                main.setDividerPositions(p);
            } finally {
                placing = false;
            }
        }
    }

    private static List<Box> screens() {
        return Screen.getScreens().stream().map(s -> box(s.getVisualBounds())).toList();
    }

    private static Box box(Rectangle2D r) {
        return new Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
