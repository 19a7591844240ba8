package org.journeyworkbench.ui.assumptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.OverrideMark;

/**
 * A slider for every number that drives the result, grouped by heading and filterable by name. Rows are
 * rebuilt only when the model's inputs change shape; otherwise they update in place, so the scroll
 * position, the filter and what is expanded survive every edit, undo and scenario switch.
 */
public final class AssumptionsView extends VBox {
    private final WorkbenchDocument document;
    private final TextField filter = new TextField();
    private final VBox sections = new VBox(4);
    private final List<InputRow> rows = new ArrayList<>();
    private final Map<String, CheckBox> switches = new HashMap<>();
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
        this.rowBudget = quickStart ? FIRST_FRAME_ROWS : Integer.MAX_VALUE;
        setId("assumptions");
        setPadding(new Insets(8));
        setSpacing(6);
        Label title = new Label("Assumptions");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        filter.setId("assumptionsFilter");
        filter.setPromptText("Filter by name, e.g. arrest");
        filter.setAccessibleText("Filter assumptions by name");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setId("assumptionsScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The rows take the panel's width (the labels wrap), never the width of their longest label.
        sections.setMinWidth(0);
        sections.prefWidthProperty().bind(scroll.viewportBoundsProperty().map(b -> b.getWidth()));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, filter, scroll);
        filter.textProperty().addListener((o, was, now) -> rebuild());
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
        switches.forEach((id, box) -> box.setSelected(enabled(id)));
        switchMarks.forEach(mark -> mark.refresh(overridden));
    }

    private void rebuild() {
        List<Input> inputs = Inputs.list(document.model());
        shape = AssumptionsViewModel.shape(inputs);
        rows.clear();
        deferred.clear();
        switches.clear();
        switchMarks.clear();
        sections.getChildren().clear();
        int[] listed = {0};
        int[] unlisted = {0, 0}; // inputs and whole sections left out once the panel lists its most
        AssumptionsViewModel.sections(inputs, filter.getText()).forEach((heading, list) -> {
            if (listed[0] >= MAX_LISTED_ROWS) {
                unlisted[0] += list.size();
                unlisted[1]++;
                return;
            }
            VBox body = new VBox(2);
            String initiative = AssumptionsViewModel.initiativeOf(list);
            if (initiative != null && heading.startsWith("Initiative")) {
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
                    InputRow row = new InputRow(document, input);
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
        });
        if (unlisted[1] > 0) {
            sections.getChildren().add(notListedNotice(unlisted[0], unlisted[1]));
        }
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
                InputRow row = new InputRow(document, input);
                rows.add(row);
                body.getChildren().add(body.getChildren().indexOf(placeholder), row);
                placeholder.setPrefHeight(Math.max(0, placeholder.getPrefHeight() - ROW_HEIGHT_ESTIMATE));
                if (last) {
                    body.getChildren().remove(placeholder);
                }
            });
        }
    }

    /** The initiative's "Included in this scenario" box, marked when the scenario switches it itself. */
    private VBox initiativeSwitch(String id) {
        CheckBox box = new CheckBox("Included in this scenario");
        box.setId("switch-" + id);
        box.setAccessibleText("Include " + document.model().initiative(id).map(i -> i.name()).orElse(id));
        box.setSelected(enabled(id));
        box.setOnAction(e -> {
            boolean on = box.isSelected();
            try {
                document.edit(on ? "Switch initiative on" : "Switch initiative off",
                        m -> ScenarioEdits.setInitiativeEnabled(m, document.scenarioName(), id, on));
            } catch (ModelException ex) {
                document.notice(ex.getMessage());
                box.setSelected(!on);
            }
        });
        switches.put(id, box);
        OverrideMark mark = new OverrideMark(document, InputAddress.enabled(id).toString(),
                "Switch for " + document.model().initiative(id).map(i -> i.name()).orElse(id), "");
        switchMarks.add(mark);
        VBox row = new VBox(2, box, mark);
        row.setPadding(new Insets(2, 0, 4, 4));
        row.setStyle(OverrideMark.rowStyle(mark.overriddenProperty().get()));
        mark.overriddenProperty().addListener((o, was, now) -> row.setStyle(OverrideMark.rowStyle(now)));
        return row;
    }

    private boolean enabled(String id) {
        JourneyModel m = document.model();
        if (m.initiative(id).isEmpty()) {
            return false;
        }
        return ScenarioEdits.scenario(m, document.scenarioName()).initiatives()
                .getOrDefault(id, m.initiative(id).orElseThrow().enabled());
    }
}
