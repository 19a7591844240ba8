package org.journeyworkbench.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** Switches a state the stylesheets style (":negative", ":bad", ":total"), so no view writes colours in code. */
public final class Styles {
    public static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    public static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
    public static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    public static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");
    public static final PseudoClass BASELINE = PseudoClass.getPseudoClass("baseline");

    private Styles() {
    }

    public static void set(Node node, PseudoClass state, boolean on) {
        node.pseudoClassStateChanged(state, on);
    }

    /** Adds a style class once (cells are reused, so adding twice would pile up). */
    public static void addClass(Node node, String styleClass) {
        if (!node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        }
    }
}
