package org.journeyworkbench.ui.uncertainty;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;

/**
 * Monte Carlo: the result, samples and seed, Run and Cancel with a progress bar; the run's figures, its
 * histogram and cumulative curve (the figure with every input at its value marked) and each agency's NPV.
 * Thin over {@link SimulationViewModel}.
 */
public final class SimulationView extends VBox {
    private final SimulationViewModel model;
    private final MetricPicker metric = new MetricPicker();
    private final TextField samples = new TextField(String.format("%,d", MonteCarlo.Settings.DEFAULT_SAMPLES));
    private final TextField seed = new TextField(String.valueOf(MonteCarlo.Settings.DEFAULT_SEED));
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label problem = new Label();
    private final Label caption = new Label();
    private final GridPane figures = new GridPane();
    private final GridPane agencies = new GridPane();
    private final HistogramChart histogram = new HistogramChart();
    private final CumulativeChart cumulative = new CumulativeChart();
    private final VBox results = new VBox(8);
    private final Label empty = new Label("Press Run to draw the result thousands of times from the inputs' ranges.");

    public SimulationView(SimulationViewModel model) {
        this.model = model;
        setId("simulationView");
        getStyleClass().add("uncertainty-view");
        setPadding(new Insets(10));
        setSpacing(8);
        createView();
        bind();
    }

    private void createView() {
        metric.setId("simulationMetric");
        metric.setAccessibleText("The result to simulate");
        samples.setId("simulationSamples");
        samples.setAccessibleText("Number of samples");
        samples.setPrefColumnCount(7);
        seed.setId("simulationSeed");
        seed.setAccessibleText("Seed: the same seed gives the same figures");
        seed.setPrefColumnCount(8);
        seed.setTooltip(new Tooltip("Any whole number: the same seed and model give the same figures, on any machine"));
        run.setId("simulationRun");
        run.setDefaultButton(false);
        cancel.setId("simulationCancel");
        progress.setId("simulationProgress");
        progress.setPrefWidth(160);
        progress.managedProperty().bind(progress.visibleProperty());
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        metric.setMinWidth(120);
        samples.setMinWidth(80);
        seed.setMinWidth(90);
        status.setMinWidth(0);
        status.setId("simulationStatus");
        status.getStyleClass().add("caption");
        HBox top = new HBox(8, label("Result:", metric), metric, label("Samples:", samples), samples,
                label("Seed:", seed), seed, run, cancel);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox state = new HBox(8, progress, status);
        state.setAlignment(Pos.CENTER_LEFT);
        state.managedProperty().bind(status.textProperty().isNotEmpty());
        state.visibleProperty().bind(status.textProperty().isNotEmpty());
        problem.setId("simulationProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        caption.setId("simulationCaption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        figures.setId("simulationFigures");
        figures.setHgap(12);
        figures.setVgap(2);
        figures.setMinWidth(Region.USE_PREF_SIZE);
        agencies.setId("simulationAgencies");
        agencies.setHgap(14);
        agencies.setVgap(2);
        VBox hist = new VBox(2, title("Histogram"), histogram);
        VBox cum = new VBox(2, title("Cumulative"), cumulative);
        HBox.setHgrow(hist, Priority.ALWAYS);
        HBox.setHgrow(cum, Priority.ALWAYS);
        VBox.setVgrow(histogram, Priority.ALWAYS);
        VBox.setVgrow(cumulative, Priority.ALWAYS);
        HBox charts = new HBox(16, new VBox(2, title("Figures"), figures), hist, cum);
        results.getChildren().setAll(caption, charts, title("NPV by agency"), agencies);
        results.managedProperty().bind(results.visibleProperty());
        empty.setId("simulationEmpty");
        empty.getStyleClass().add("caption");
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(top, state, problem, empty, results);
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void bind() {
        run.setOnAction(e -> model.run(samples.getText(), seed.getText()));
        cancel.setOnAction(e -> model.cancel());
        run.disableProperty().bind(model.runningProperty());
        cancel.disableProperty().bind(model.runningProperty().not());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        status.textProperty().bind(model.statusProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        metric.onChosen(model::choose);
        model.metricsProperty().addListener((o, was, now) -> showMetrics());
        model.metricProperty().addListener((o, was, now) -> showMetrics());
        model.figuresProperty().addListener((o, was, now) -> show(now));
        showMetrics();
        show(model.figuresProperty().get());
    }

    private void showMetrics() {
        metric.show(model.metricsProperty().get(), model.metricProperty().get());
    }

    private void show(SimulationFigures f) {
        results.setVisible(f != null);
        empty.setVisible(f == null);
        histogram.show(f);
        cumulative.show(f);
        figures.getChildren().clear();
        agencies.getChildren().clear();
        if (f == null) {
            return;
        }
        caption.setText(f.caption() + (f.notes().isEmpty() ? "" : " " + String.join(" ", f.notes())));
        int row = 0;
        for (SimulationFigures.Figure x : f.figures()) {
            Label name = new Label(x.name());
            Label value = new Label(x.value());
            value.setId("sim-" + x.id());
            value.getStyleClass().add("figure-value");
            if (x.value().startsWith("(")) {
                value.getStyleClass().add("negative");
            }
            figures.add(name, 0, row);
            figures.add(value, 1, row++);
            GridPane.setHalignment(value, HPos.RIGHT);
        }
        String[] heads = {"Agency", "With inputs at their values", "Mean", "P10", "P90", "Chance above zero"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("table-head");
            agencies.add(h, c, 0);
            GridPane.setHalignment(h, c == 0 ? HPos.LEFT : HPos.RIGHT);
        }
        row = 1;
        for (SimulationFigures.AgencyRow a : f.agencies()) {
            String[] cells = {a.agency(), a.deterministic(), a.mean(), a.p10(), a.p90(), a.probabilityPositive()};
            for (int c = 0; c < cells.length; c++) {
                Label l = new Label(cells[c]);
                if (cells[c].startsWith("(")) {
                    l.getStyleClass().add("negative");
                }
                agencies.add(l, c, row);
                GridPane.setHalignment(l, c == 0 ? HPos.LEFT : HPos.RIGHT);
            }
            row++;
        }
    }
}
