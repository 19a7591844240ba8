package org.journeyworkbench.ui.workshop;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * Workshop mode's face: the headline figures in large type along the top, the levers and initiatives on the
 * left, the options as cards and the journey for the room (or the session log) on the right, and the status
 * line and the session's actions at the bottom. Styled by workshop.css only.
 */
public final class WorkshopView extends BorderPane {
    static final String STYLESHEET = WorkshopView.class.getResource("workshop.css").toExternalForm();
    private final WorkshopViewModel vm;
    private final LeverPanel levers;
    private final TabPane tabs = new TabPane();

    /** What the buttons along the top do; supplied by {@link WorkshopMode}, which holds the prompts. */
    interface Actions {
        void saveAsScenario();

        void exportCsv();

        void exportWorkbook();

        void leave();
    }

    WorkshopView(WorkshopViewModel vm, WorkbenchDocument document, Actions actions) {
        this.vm = vm;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("workshop");
        setId("workshopView");
        levers = new LeverPanel(vm);
        setTop(new HeadlineView(vm));
        setCenter(body());
        setBottom(bar(document, actions));
    }

    /** The lever row for an address (tests, and focusing the first lever on entry). */
    LeverRow lever(String address) {
        return levers.row(address);
    }

    /** Focuses the first lever, so arrow keys move it at once. */
    void focusFirstLever() {
        if (!vm.levers().isEmpty()) {
            // After the scene has taken the new root and shown it: a request before then is lost.
            javafx.application.Platform.runLater(() -> levers.row(vm.levers().get(0).address()).slider().requestFocus());
        }
    }

    /** The status line, then the session's actions: at the bottom, out of the room's way. */
    private HBox bar(WorkbenchDocument document, Actions actions) {
        Label status = status(document);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(status,
                button("Back to start", "workshopBackToStart",
                        "Put everything back as it was when the workshop began (one undo step)", vm::backToStart),
                button("Save as scenario…", "workshopSaveScenario",
                        "Keep what is shown now as a new scenario", actions::saveAsScenario),
                button("Log as CSV…", "workshopExportCsv", "Save the session log as a CSV file",
                        actions::exportCsv),
                button("Workbook…", "workshopExportWorkbook",
                        "Export the Excel workbook with the session log as its Workshop log sheet",
                        actions::exportWorkbook),
                button("Leave (Esc)", "workshopLeave", "Back to the normal window", actions::leave));
        bar.getStyleClass().add("workshop-bar");
        return bar;
    }

    private static Button button(String text, String id, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(USE_PREF_SIZE);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleText(help);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox body() {
        TabPane left = new TabPane(tab("Levers", "workshopLeversTab", levers),
                tab("Initiatives", "workshopInitiativesTab", levers.initiatives()));
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setId("workshopControls");
        left.setPrefWidth(470);
        left.setMinWidth(470);
        Label optionsHeading = new Label("Options  (keys 1–" + Math.max(1, vm.cards().size()) + ")");
        optionsHeading.getStyleClass().add("panel-heading");
        vm.cards().addListener((javafx.collections.ListChangeListener<OptionCard>) c ->
                optionsHeading.setText("Options  (keys 1–" + Math.max(1, vm.cards().size()) + ")"));
        VBox options = new VBox(6, optionsHeading, new OptionCardsView(vm));
        options.getStyleClass().add("panel");
        ScrollPane journey = new ScrollPane(new RoomJourneyView(vm));
        journey.setFitToWidth(true);
        Tab journeyTab = new Tab("Journey", journey);
        journeyTab.setId("workshopJourneyTab");
        SessionLogView log = new SessionLogView(vm);
        Tab logTab = new Tab("Session log", log);
        logTab.setId("workshopLogTab");
        logTab.textProperty().bind(Bindings.createStringBinding(() -> "Session log (" + vm.log().size() + ")",
                vm.log()));
        tabs.getTabs().setAll(journeyTab, logTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("workshopTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(10, options, tabs);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(0);
        right.setPrefWidth(400);
        HBox body = new HBox(10, left, right);
        body.getStyleClass().add("workshop-body");
        body.setPadding(new javafx.geometry.Insets(0, 14, 0, 14));
        return body;
    }

    private static Tab tab(String text, String id, javafx.scene.layout.Region content) {
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab tab = new Tab(text, scroll);
        tab.setId(id);
        return tab;
    }

    /** Shows the journey (0) or the session log (1). */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private static Label status(WorkbenchDocument document) {
        Label status = new Label();
        status.setId("workshopStatus");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.setMinHeight(USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        status.setPrefWidth(200);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!document.problemProperty().get().isEmpty()) {
                return "⚠ " + document.problemProperty().get();
            }
            if (!document.noticeProperty().get().isEmpty()) {
                return document.noticeProperty().get();
            }
            return "Arrow keys move a lever · 1–9 show an option · Esc leaves";
        }, document.problemProperty(), document.noticeProperty()));
        return status;
    }
}
