package org.journeyworkbench.ui.document;

import java.time.Instant;
import java.util.List;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.Sensitivity;
import org.journeyworkbench.engine.uncertainty.SensitivityResult;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.io.xlsx.ExportOptions;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * The window's last tornado and Monte Carlo run, each with the model it was made on, so that File ▸ Export to
 * Excel can set them out on the workbook's Sensitivity and Uncertainty sheets. A run is only exported while it
 * is still current: made on the scenario being exported and on the model as it is now (any edit since, or
 * undo to another state, makes it stale). A stale simulation is left out (it may take seconds); a stale or
 * missing tornado is run again, which takes milliseconds, with the last metric and swing chosen.
 */
public final class LastRuns {
    private record Run<T>(T result, JourneyModel model, Instant ranAt) {
    }

    private Run<SensitivityResult> sensitivity;
    private Run<SimulationResult> simulation;
    private UncertainInputs simulationRanges;

    /** The tornado just drawn, on this model. */
    public synchronized void sensitivity(SensitivityResult result, JourneyModel model) {
        sensitivity = new Run<>(result, model, Instant.now());
    }

    /** The Monte Carlo run just finished, on this model, over these ranges. */
    public synchronized void simulation(SimulationResult result, UncertainInputs ranges, JourneyModel model) {
        simulation = new Run<>(result, model, Instant.now());
        simulationRanges = ranges;
    }

    /**
     * The runs to export with the model's scenario: the current ones; a fresh tornado when the last one is
     * stale or missing and the model can be computed.
     *
     * @param modelArguments the model as named on the command lines that reproduce the runs
     */
    public synchronized ExportOptions forExport(JourneyModel model, String scenarioName, List<String> modelArguments) {
        Scenario scenario = ScenarioEdits.scenario(model, scenarioName);
        ExportOptions out = ExportOptions.none().withModelArguments(modelArguments);
        if (current(simulation, model, scenario, simulation == null ? null : simulation.result().scenario())) {
            out = out.withSimulation(simulation.result(), simulationRanges, simulation.ranAt());
        }
        if (current(sensitivity, model, scenario, sensitivity == null ? null : sensitivity.result().scenario())) {
            return out.withSensitivity(sensitivity.result(), sensitivity.ranAt());
        }
        try {
            UncertainInputs ranges = UncertainInputs.of(Calculation.compile(model, scenario), scenario);
            Metric metric = sensitivity == null ? Metric.npv() : sensitivity.result().metric();
            double swing = sensitivity == null ? Sensitivity.DEFAULT_SWING : sensitivity.result().swing();
            return out.withSensitivity(Sensitivity.run(ranges, metric, swing), Instant.now());
        } catch (ModelException e) {
            return out; // the workbook itself says what is wrong with the model; no tornado to add
        }
    }

    private static boolean current(Run<?> run, JourneyModel model, Scenario scenario, String ranFor) {
        return run != null && run.model().equals(model) && scenario.name().equalsIgnoreCase(ranFor);
    }
}
