package org.journeyworkbench.ui.uncertainty;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * The Monte Carlo tab: the samples, the seed and the result to simulate; Run starts the simulation off the
 * JavaFX thread (the engine spreads it over every core) with its progress reported back; Cancel stops it.
 * The settings are checked first, each refusal naming its field. The ranges are read from the document on the
 * JavaFX thread when Run is pressed, so later edits never reach a run under way.
 *
 * <p>{@code background} runs the simulation; {@code ui} hands results back to the JavaFX thread
 * ({@code Platform::runLater} in the window, the calling thread in plain JUnit tests).
 */
public final class SimulationViewModel {
    private final WorkbenchDocument document;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<List<MetricChoice>> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<MetricChoice> metric = new ReadOnlyObjectWrapper<>(this, "metric");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<SimulationFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    /** The run under way's stop flag; a new run gets a new one. */
    private AtomicBoolean stop = new AtomicBoolean();
    /** Whether a progress report is waiting on the JavaFX thread: reports in between are dropped. */
    private final AtomicBoolean progressPending = new AtomicBoolean();

    public SimulationViewModel(WorkbenchDocument document, Executor background, Executor ui) {
        this.document = document;
        this.background = background;
        this.ui = ui;
        document.modelProperty().addListener((o, was, now) -> refreshMetrics());
        metric.set(MetricChoice.find(MetricChoice.of(document.model()), Metric.npv()));
        refreshMetrics();
    }

    public ReadOnlyObjectProperty<List<MetricChoice>> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MetricChoice> metricProperty() {
        return metric.getReadOnlyProperty();
    }

    public void choose(MetricChoice choice) {
        if (choice != null) {
            metric.set(choice);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening: "Running: 4,096 of 10,000 samples", "Stopped: …", "10,000 samples in 0.4 s". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why a run could not start or failed, naming the field; "" otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last finished run's figures, or null before the first. */
    public ReadOnlyObjectProperty<SimulationFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /**
     * Starts a run with these settings as typed ("10,000", "20121001").
     *
     * @return whether it started; when not, {@link #problemProperty()} says why
     */
    public boolean run(String samplesText, String seedText) {
        if (running.get()) {
            return false;
        }
        MonteCarlo.Settings settings;
        UncertainInputs ranges;
        try {
            int samples = samples(samplesText);
            long seed = seed(seedText);
            settings = new MonteCarlo.Settings(samples, seed, 0);
            Calculation calc = document.calculation();
            if (calc == null) {
                throw new ModelException("", "the model cannot be computed: " + document.problemProperty().get());
            }
            ranges = UncertainInputs.of(calc, ScenarioEdits.scenario(calc.model(), document.scenarioName()));
        } catch (ModelException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set(ranges.size() == 0 ? "No input has a range yet, so every sample is the same figure: type a "
                + "range beside a slider (±) or in the inspector." : "");
        Metric chosen = metric.get().metric();
        JourneyModel ranOn = document.model();
        AtomicBoolean myStop = new AtomicBoolean();
        stop = myStop;
        running.set(true);
        progress.set(0);
        status.set(String.format("Running: 0 of %,d samples", settings.samples()));
        long started = System.nanoTime();
        background.execute(() -> {
            try {
                var result = MonteCarlo.run(ranges, chosen, settings, (done, total) -> report(done, total),
                        myStop::get);
                SimulationFigures f = SimulationFigures.of(result);
                document.lastRuns().simulation(result, ranges, ranOn);
                double seconds = (System.nanoTime() - started) / 1e9;
                ui.execute(() -> finished(f, String.format("%,d samples in %.2f s", settings.samples(), seconds)));
            } catch (CancellationException e) {
                ui.execute(() -> finished(null, stoppedMessage(figures.get())));
            } catch (ModelException e) {
                ui.execute(() -> {
                    problem.set(e.getMessage());
                    finished(null, "");
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    problem.set("The simulation could not finish: " + e.getMessage());
                    finished(null, "");
                });
            }
        });
        return true;
    }

    /** What a cancelled run leaves on screen: the last finished run's figures, or none at all yet. */
    static String stoppedMessage(SimulationFigures shown) {
        return shown == null ? "Stopped before the end; no run has finished yet, so there are no figures to show."
                : "Stopped before the end; the figures below are from the last finished run (" + shown.caption()
                .replaceFirst("\\. Values from this run.*$", "") + ").";
    }

    /** Asks the run under way to stop; it stops between blocks of samples. */
    public void cancel() {
        stop.set(true);
        if (running.get()) {
            status.set("Stopping…");
        }
    }

    private void report(long done, long total) {
        if (progressPending.compareAndSet(false, true)) {
            ui.execute(() -> {
                progressPending.set(false);
                if (running.get() && !stop.get()) {
                    progress.set((double) done / total);
                    status.set(String.format("Running: %,d of %,d samples", done, total));
                }
            });
        }
    }

    private void finished(SimulationFigures f, String message) {
        running.set(false);
        progress.set(f == null ? 0 : 1);
        if (f != null) {
            figures.set(f);
        }
        status.set(message);
    }

    private void refreshMetrics() {
        List<MetricChoice> choices = MetricChoice.of(document.model());
        if (!choices.equals(metrics.get())) {
            metrics.set(choices);
            metric.set(MetricChoice.find(choices, metric.get() == null ? Metric.npv() : metric.get().metric()));
        }
    }

    static int samples(String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new ModelException("Samples", "\"" + (text == null ? "" : text.strip())
                    + "\" is not a whole number of samples, e.g. 10,000");
        }
        if (n < 2 || n > MonteCarlo.MAX_SAMPLES) {
            throw new ModelException("Samples", String.format("must be between 2 and %,d", MonteCarlo.MAX_SAMPLES));
        }
        return (int) n;
    }

    static long seed(String text) {
        String t = text == null ? "" : text.strip().replace(",", "");
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new ModelException("Seed", "\"" + (text == null ? "" : text.strip())
                    + "\" is not a whole number; any whole number will do, and the same one gives the same figures");
        }
    }
}
