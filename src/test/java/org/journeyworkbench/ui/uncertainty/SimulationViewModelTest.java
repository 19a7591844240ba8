package org.journeyworkbench.ui.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo and the quick band in plain JUnit: the "background" and the "JavaFX thread" are queues the test
 * runs by hand, so a run can be caught half way, stopped, or overtaken by a newer one.
 */
class SimulationViewModelTest {
    /** Barnet without the sample's illustrative ranges: each test gives the inputs it needs their own. */
    private final WorkbenchDocument doc = new WorkbenchDocument(
            Samples.barnet().withUncertainty(org.journeyworkbench.model.Uncertainty.none()), null);
    private final Queue background = new Queue();
    private final Queue ui = new Queue();

    /** An executor that only queues; {@link #runAll} runs what is queued, including what that queues. */
    static final class Queue implements Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private void range(String address, String typed) {
        assertEquals("", new RangeEntry(doc, address, address, InputKind.MONEY).commit(typed));
    }

    @Test
    void aRunGoesOffTheJavaFxThreadReportsProgressAndShowsItsFigures() {
        range("stages.arrest.unitCost", "1,500 to 2,500, most likely 1,930");
        range("stages.custody.unitCost", "pert(12,000, 19,000, 30,000)");
        SimulationViewModel model = new SimulationViewModel(doc, background, ui);
        assertTrue(model.run("10,000", "7"));
        assertTrue(model.runningProperty().get());
        assertNull(model.figuresProperty().get(), "nothing runs on the calling thread");
        background.runAll();
        assertTrue(ui.tasks.size() >= 2, "progress and the result are handed back to the JavaFX thread");
        ui.runAll();
        assertFalse(model.runningProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        SimulationFigures f = model.figuresProperty().get();
        assertNotNull(f);
        assertEquals("£1,852,931", f.figure("deterministic").value());
        assertEquals(40, f.histogram().stream().mapToLong(b -> 1).sum());
        assertEquals(10_000, f.histogram().stream().mapToLong(b -> b.count()).sum());
        assertTrue(f.caption().contains("10,000 samples, seed 7"), f.caption());
        assertEquals(6, f.agencies().size());
        assertTrue(model.statusProperty().get().startsWith("10,000 samples in "), model.statusProperty().get());
    }

    @Test
    void withEveryInputFixedEverySampleIsTheFigureAndTheUserIsTold() {
        SimulationViewModel model = new SimulationViewModel(doc, Runnable::run, Runnable::run);
        assertTrue(model.run("100", "1"));
        assertTrue(model.problemProperty().get().startsWith("No input has a range yet"));
        SimulationFigures f = model.figuresProperty().get();
        assertEquals("£1,852,931", f.figure("p10").value());
        assertEquals("£1,852,931", f.figure("p90").value());
        assertEquals("100%", f.figure("positive").value());
    }

    @Test
    void settingsThatCannotBeTakenAreRefusedNamingTheField() {
        SimulationViewModel model = new SimulationViewModel(doc, background, ui);
        assertFalse(model.run("ten thousand", "1"));
        assertEquals("Samples: \"ten thousand\" is not a whole number of samples, e.g. 10,000",
                model.problemProperty().get());
        assertFalse(model.run("1", "1"));
        assertTrue(model.problemProperty().get().startsWith("Samples: must be between 2 and 20,000,000"));
        assertFalse(model.run("1,000", "x"));
        assertTrue(model.problemProperty().get().startsWith("Seed: \"x\" is not a whole number"));
        assertTrue(background.tasks.isEmpty());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void cancelStopsTheRunAndKeepsTheLastFinishedFigures() {
        range("stages.arrest.unitCost", "1,500 to 2,500");
        SimulationViewModel model = new SimulationViewModel(doc, background, ui);
        model.run("5,000", "1");
        background.runAll();
        ui.runAll();
        SimulationFigures first = model.figuresProperty().get();
        model.run("50,000", "2");
        model.cancel();
        assertEquals("Stopping…", model.statusProperty().get());
        background.runAll();
        ui.runAll();
        assertFalse(model.runningProperty().get());
        assertEquals(first, model.figuresProperty().get());
        assertEquals("Stopped before the end; the figures below are from the last finished run (NPV of the base "
                + "case: 5,000 samples, seed 1).", model.statusProperty().get());
        assertTrue(model.run("5,000", "1"), "it runs again after a cancel");
        background.runAll();
        ui.runAll();
        assertEquals(first.figure("mean"), model.figuresProperty().get().figure("mean"), "same seed, same figures");
    }

    @Test
    void cancellingTheFirstRunSaysThereAreNoFiguresYet() {
        range("stages.arrest.unitCost", "1,500 to 2,500");
        SimulationViewModel model = new SimulationViewModel(doc, background, ui);
        model.run("50,000", "2");
        model.cancel();
        background.runAll();
        ui.runAll();
        assertNull(model.figuresProperty().get());
        assertEquals("Stopped before the end; no run has finished yet, so there are no figures to show.",
                model.statusProperty().get());
        assertFalse(model.statusProperty().get().contains("figures below"));
    }

    @Test
    void theQuickBandFollowsTheLatestChangeOnly() {
        QuickRun quick = new QuickRun(doc, background, ui);
        background.runAll();
        ui.runAll();
        assertEquals("", quick.bandProperty().get(), "no range, no band");
        range("stages.arrest.unitCost", "1,500 to 2,500");
        doc.setInput("stages.custody.unitCost", 25_000, "Change custody");
        // Two changes queued two runs: the first was told to stop, and only the latest shows.
        background.runAll();
        ui.runAll();
        String band = quick.bandProperty().get();
        assertTrue(band.startsWith("P10–P90: £"), band);
        assertTrue(quick.lastNanos() > 0);
        doc.undo();
        doc.undo();
        background.runAll();
        ui.runAll();
        assertEquals("", quick.bandProperty().get());
    }
}
