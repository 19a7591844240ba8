package org.journeyworkbench.ui.assumptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.assumptions.AssumptionsViewModel.Grouping;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.InitiativeSwitch;
import org.journeyworkbench.ui.input.InputUses;
import org.journeyworkbench.ui.input.OverrideMark;

/**
 * A slider for every number that drives the result, grouped by initiative (the default: each initiative's
 * inputs at the top), by target group or by kind of figure, filterable by name, each section collapsible and
 * one choice away in "Go to". An input the calculation does not read in the scenario being edited is dimmed
 * with the reason ("Not used: …"). Rows are
 * rebuilt only when the model's inputs change shape; otherwise they update in place, so the scroll
 * position, the filter and what is expanded survive every edit, undo and scenario switch.
 */
public final class AssumptionsView extends VBox {
    private final WorkbenchDocument document;
    private final TextField filter = new TextField();
    private final ComboBox<Grouping> grouping = new ComboBox<>();
    private final ComboBox<String> jump = new ComboBox<>();
    private final VBox sections = new VBox(4);
    private final ScrollPane scroll;
    private final Map<String, TitledPane> panes = new HashMap<>();
    private final InputUses uses;
    private final List<InputRow> rows = new ArrayList<>();
    private final Map<InitiativeSwitch, CheckBox> switches = new HashMap<>();
    private final List<OverrideMark> switchMarks = new ArrayList<>();
    private final Set<String> collapsed = new HashSet<>();
    private List<String> shape = List.of();
    /** Rows left to build after the window's first frame: a quick start shows only what fits on screen. */
    private final List<Runnable> deferred = new ArrayList<>();
    private int rowBudget = Integer.MAX_VALUE;

    public AssumptionsView(WorkbenchDocument document) {
        this(document, false);
    }

    /**
     * @param quickStart build only the rows the panel shows at first (about 20 of Barnet's 150), each hidden
     *                   section holding its place with its estimated height; {@link #buildDeferredRows} builds
     *                   the rest once the window is painted. Most of the first frame's styling is these rows.
     */
    public AssumptionsView(WorkbenchDocument document, boolean quickStart) {
        this.document = document;
        this.uses = new InputUses(document);
        this.rowBudget = quickStart ? FIRST_FRAME_ROWS : Integer.MAX_VALUE;
        setId("assumptions");
        getStyleClass().add("assumptions");
        Label title = new Label("Assumptions");
        title.getStyleClass().add("panel-title");
        filter.setId("assumptionsFilter");
        filter.setPromptText("Filter by name, e.g. arrest");
        filter.setAccessibleText("Filter assumptions by name");
        grouping.setId("assumptionsGrouping");
        grouping.setAccessibleText("Group the assumptions");
        grouping.setTooltip(new javafx.scene.control.Tooltip("Group the assumptions by initiative, by target group "
                + "or by kind of figure"));
        grouping.getItems().setAll(Grouping.values());
        grouping.setValue(Grouping.INITIATIVE);
        jump.setId("assumptionsJump");
        jump.setPromptText("Go to…");
        jump.setAccessibleText("Go to a section of the assumptions");
        jump.setTooltip(new javafx.scene.control.Tooltip("Open a section and scroll to it"));
        // Go to keeps room for its prompt, never the width of its longest heading; the grouping takes the rest.
        jump.setPrefWidth(96);
        jump.setMinWidth(USE_PREF_SIZE);
        grouping.setMinWidth(0);
        grouping.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(grouping, Priority.ALWAYS);
        HBox choices = new HBox(6, grouping, jump);
        choices.setMinWidth(0);
        scroll = new ScrollPane(sections);
        scroll.setId("assumptionsScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The rows take the panel's width (the labels wrap), never the width of their longest label.
        sections.setMinWidth(0);
        sections.prefWidthProperty().bind(scroll.viewportBoundsProperty().map(b -> b.getWidth()));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, choices, filter, scroll);
        filter.textProperty().addListener((o, was, now) -> rebuild());
        grouping.valueProperty().addListener((o, was, now) -> {
            rebuild();
            scroll.setVvalue(0);
        });
        jump.setOnAction(e -> {
            String heading = jump.getValue();
            if (heading != null) {
                goTo(heading);
                Platform.runLater(() -> jump.getSelectionModel().clearSelection());
            }
        });
        document.modelProperty().addListener((o, was, now) -> update());
        document.scenarioNameProperty().addListener((o, was, now) -> update());
        rebuild();
        rowBudget = Integer.MAX_VALUE;
    }

    private static final int FIRST_FRAME_ROWS = 20;
    private static final double ROW_HEIGHT_ESTIMATE = 45;
    private static final int ROWS_PER_STEP = 15;

    /**
     * Builds the rows a quick start left out, a few at a time so the window keeps answering; then calls
     * {@code whenDone} on the JavaFX thread.
     */
    public void buildDeferredRows(Runnable whenDone) {
        if (deferred.isEmpty()) {
            whenDone.run();
            return;
        }
        for (int i = 0; i < ROWS_PER_STEP && !deferred.isEmpty(); i++) {
            deferred.remove(0).run();
        }
        javafx.application.Platform.runLater(() -> buildDeferredRows(whenDone));
    }

    private void update() {
        List<Input> inputs = Inputs.list(document.model());
        if (!AssumptionsViewModel.shape(inputs).equals(shape)) {
            rebuild();
            return;
        }
        // One pass over the scenario's inputs, rather than one lookup per row.
        java.util.Map<String, Double> values = new java.util.HashMap<>();
        Inputs.list(org.journeyworkbench.engine.inputs.Inputs.apply(document.model(),
                ScenarioEdits.scenario(document.model(), document.scenarioName())))
                .forEach(i -> values.put(i.address(), i.value()));
        java.util.Set<String> overridden = ScenarioEdits.overridden(document.model(), document.scenarioName());
        rows.forEach(row -> {
            Double v = values.get(row.input().address());
            if (v != null) {
                row.refresh(v, overridden);
            } else {
                row.refresh();
            }
        });
        switches.forEach((on, box) -> box.setSelected(on.enabled()));
        switchMarks.forEach(mark -> mark.refresh(overridden));
    }

    private void rebuild() {
        List<Input> inputs = Inputs.list(document.model());
        shape = AssumptionsViewModel.shape(inputs);
        rows.clear();
        deferred.clear();
        switches.clear();
        switchMarks.clear();
        panes.clear();
        sections.getChildren().clear();
        int[] listed = {0};
        int[] unlisted = {0, 0}; // inputs and whole sections left out once the panel lists its most
        AssumptionsViewModel.sections(document.model(), inputs, filter.getText(), grouping.getValue())
                .forEach((heading, list) -> {
            if (listed[0] >= MAX_LISTED_ROWS) {
                unlisted[0] += list.size();
                unlisted[1]++;
                return;
            }
            VBox body = new VBox(2);
            String initiative = AssumptionsViewModel.initiativeOf(list);
            if (initiative != null && heading.startsWith(AssumptionsViewModel.INITIATIVE)) {
                body.getChildren().add(initiativeSwitch(initiative));
            }
            List<Input> later = new ArrayList<>();
            int notListed = 0;
            for (Input input : list) {
                if (listed[0] >= MAX_LISTED_ROWS) {
                    notListed++;
                    continue;
                }
                listed[0]++;
                if (rows.size() < rowBudget) {
                    InputRow row = new InputRow(document, input, uses);
                    rows.add(row);
                    body.getChildren().add(row);
                } else {
                    later.add(input);
                }
            }
            if (!later.isEmpty()) {
                deferRows(body, later);
            }
            if (notListed > 0) {
                body.getChildren().add(notListedNotice(notListed, 0));
            }
            TitledPane pane = new TitledPane(heading, body);
            pane.setAnimated(false);
            // A heading longer than the panel is wide ends in "…": the tooltip and Go to show it whole.
            pane.setTooltip(new javafx.scene.control.Tooltip(heading));
            pane.setMinWidth(0);
            body.setMinWidth(0);
            pane.setId("section-" + heading.replaceAll("[^A-Za-z0-9]+", "-"));
            pane.setExpanded(!collapsed.contains(heading));
            pane.expandedProperty().addListener((o, was, now) -> {
                if (now) {
                    collapsed.remove(heading);
                } else {
                    collapsed.add(heading);
                }
            });
            sections.getChildren().add(pane);
            panes.put(heading, pane);
        });
        if (unlisted[1] > 0) {
            sections.getChildren().add(notListedNotice(unlisted[0], unlisted[1]));
        }
        String chosen = jump.getValue();
        jump.getItems().setAll(panes.keySet().stream().sorted((a, b) -> Integer.compare(
                sections.getChildren().indexOf(panes.get(a)), sections.getChildren().indexOf(panes.get(b)))).toList());
        jump.setValue(chosen);
        if (sections.getChildren().isEmpty()) {
            Label none = new Label(inputs.isEmpty() ? "This model has no figures yet: add stages on the diagram."
                    : "Nothing matches \"" + filter.getText() + "\".");
            none.setWrapText(true);
            sections.getChildren().add(none);
        }
    }

    /**
     * The panel lists at most this many rows: a row is a dozen controls, so a 10,000-stage model's 20,000
     * rows took minutes and gigabytes to build. Real business cases have a few hundred inputs; beyond this
     * the filter finds the rest (it lists what matches, up to the same number).
     */
    static final int MAX_LISTED_ROWS = 400;

    /** Says plainly that some rows are not listed and how to reach them. */
    private static Label notListedNotice(int count, int sectionCount) {
        String where = sectionCount == 0 ? "" : String.format(java.util.Locale.UK, " in %,d more heading%s",
                sectionCount, sectionCount == 1 ? "" : "s");
        Label notice = new Label(String.format(java.util.Locale.UK,
                "%,d more figure%s%s not listed (the panel lists %,d at most): type part of a name in the filter "
                        + "above to find one.", count, count == 1 ? "" : "s", where, MAX_LISTED_ROWS));
        notice.setId("assumptionsNotListed");
        notice.getStyleClass().add("assumptions-not-listed");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        return notice;
    }

    /** Holds the rows' place with their estimated height and queues them to be built after the first frame. */
    private void deferRows(VBox body, List<Input> later) {
        Region placeholder = new Region();
        placeholder.setPrefHeight(later.size() * ROW_HEIGHT_ESTIMATE);
        body.getChildren().add(placeholder);
        for (int i = 0; i < later.size(); i++) {
            Input input = later.get(i);
            boolean last = i == later.size() - 1;
            deferred.add(() -> {
                InputRow row = new InputRow(document, input, uses);
                rows.add(row);
                body.getChildren().add(body.getChildren().indexOf(placeholder), row);
                placeholder.setPrefHeight(Math.max(0, placeholder.getPrefHeight() - ROW_HEIGHT_ESTIMATE));
                if (last) {
                    body.getChildren().remove(placeholder);
                }
            });
        }
    }

    /** Opens the section under {@code heading} and scrolls it to the top of the panel. */
    void goTo(String heading) {
        TitledPane pane = panes.get(heading);
        if (pane == null) {
            return;
        }
        pane.setExpanded(true);
        sections.applyCss();
        sections.layout();
        double extra = sections.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(extra <= 0 ? 0 : Math.min(1, pane.getBoundsInParent().getMinY() / extra));
        pane.requestFocus();
    }

    /** The initiative's "Included in this scenario" box, marked when the scenario switches it itself. */
    private VBox initiativeSwitch(String id) {
        InitiativeSwitch on = new InitiativeSwitch(document, id);
        CheckBox box = new CheckBox("Included in this scenario");
        box.setId("switch-" + id);
        box.setAccessibleText("Include " + on.name());
        box.setSelected(on.enabled());
        box.setOnAction(e -> {
            try {
                on.set(box.isSelected());
            } catch (ModelException ex) {
                document.notice(ex.getMessage());
                box.setSelected(on.enabled());
            }
        });
        switches.put(on, box);
        OverrideMark mark = new OverrideMark(document, InputAddress.enabled(id).toString(), "Switch for " + on.name(),
                "");
        switchMarks.add(mark);
        VBox row = new VBox(2, box, mark);
        row.getStyleClass().add("input-row");
        OverrideMark.markRow(row, mark);
        return row;
    }
}
