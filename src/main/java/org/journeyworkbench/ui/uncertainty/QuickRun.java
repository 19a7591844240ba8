package org.journeyworkbench.ui.uncertainty;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/**
 * The P10–P90 band under the headline NPV: after every change the document computes (an edit, a slider step,
 * undo, another scenario) a small simulation runs off the JavaFX thread, on one thread so the other core keeps
 * the window moving. The latest change wins: a run still going when another change comes is told to stop and
 * its figures, should they arrive, are dropped. Nothing is shown while no input has a range.
 */
public final class QuickRun {
    /** A few thousand: enough for a P10 and P90 to within a few per cent, quick enough to follow a slider. */
    public static final int SAMPLES = 2_048;
    private final WorkbenchDocument document;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper band = new ReadOnlyStringWrapper(this, "band", "");
    private AtomicBoolean stop = new AtomicBoolean();
    private long generation;
    private long lastNanos;

    /**
     * @param background runs one quick run at a time (a single thread: a stale run is stopped, not queued behind)
     * @param ui         hands the figures back to the JavaFX thread
     */
    public QuickRun(WorkbenchDocument document, Executor background, Executor ui) {
        this.document = document;
        this.background = background;
        this.ui = ui;
        // The model, not the result: a range changes the band but not the figures (and so not the result).
        document.modelProperty().addListener((o, was, now) -> refresh());
        document.scenarioNameProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** "P10–P90: £1,234,567 to £2,345,678", or "" when no input has a range (or the ranges do not fit). */
    public ReadOnlyStringProperty bandProperty() {
        return band.getReadOnlyProperty();
    }

    /** How long the last quick run took, in nanoseconds, from its start on the background thread to its end. */
    public long lastNanos() {
        return lastNanos;
    }

    /** Starts a run for the document as it is now, stopping the one before. */
    public void refresh() {
        stop.set(true);
        long mine = ++generation;
        Calculation calc = document.calculation();
        if (calc == null) {
            return; // the last good band stays while the model has a problem, as the figures do
        }
        UncertainInputs ranges;
        try {
            ranges = UncertainInputs.of(calc, ScenarioEdits.scenario(calc.model(), document.scenarioName()));
        } catch (ModelException e) {
            band.set("");
            return;
        }
        if (ranges.size() == 0) {
            band.set("");
            return;
        }
        AtomicBoolean myStop = new AtomicBoolean();
        stop = myStop;
        MonteCarlo.Settings settings = new MonteCarlo.Settings(SAMPLES, MonteCarlo.Settings.DEFAULT_SEED, 1);
        background.execute(() -> {
            if (myStop.get()) {
                return;
            }
            try {
                long t0 = System.nanoTime();
                SimulationResult r = MonteCarlo.run(ranges, Metric.npv(), settings, MonteCarlo.Progress.NONE,
                        myStop::get);
                long took = System.nanoTime() - t0;
                String text = "P10–P90: " + Money.format(r.summary().p10()) + " to " + Money.format(r.summary().p90());
                ui.execute(() -> {
                    if (mine == generation) {
                        lastNanos = took;
                        band.set(text);
                    }
                });
            } catch (CancellationException | ModelException e) {
                // stale, or the ranges stopped fitting: the next change starts afresh
            }
        });
    }
}
