package org.journeyworkbench.ui.workshop;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/** The right-click "Pin as Lever" / "Unpin Lever" on an input's row, for workshop mode. */
public final class PinLeverMenu {
    private PinLeverMenu() {
    }

    /** Adds the menu to {@code row}; its item's id is "pin-ADDRESS" (dots as '_'). */
    public static void install(Node row, WorkbenchDocument document, String address, String label) {
        MenuItem pin = new MenuItem();
        pin.setId("pin-" + address.replace('.', '_'));
        pin.setOnAction(e -> LeverPins.toggle(document, address, label));
        ContextMenu menu = new ContextMenu(pin);
        menu.setOnShowing(e -> pin.setText(LeverPins.isPinned(document, address) ? "Unpin Lever"
                : "Pin as Lever (for workshop mode)"));
        row.setOnContextMenuRequested(e -> {
            menu.show(row, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }
}
