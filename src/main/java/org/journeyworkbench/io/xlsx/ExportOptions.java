package org.journeyworkbench.io.xlsx;

import java.time.Instant;
import java.util.List;
import org.journeyworkbench.engine.uncertainty.SensitivityResult;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * What goes into a workbook beyond the model: the runs of the tornado and the Monte Carlo to set out on the
 * Sensitivity and Uncertainty sheets (each with when it ran), and how the model is named on a command line,
 * so that each sheet can print the command that reproduces it. The workbook runs nothing itself: the command
 * line runs them just before exporting; the window passes its last runs.
 *
 * @param sensitivity      the tornado, or null for no Sensitivity sheet
 * @param sensitivityRanAt when it ran
 * @param simulation       the Monte Carlo run, or null for no Uncertainty sheet
 * @param simulationRanges the ranges and correlations it sampled (as {@code MonteCarlo.run} was given them)
 * @param simulationRanAt  when it ran
 * @param modelArguments   the model file and scenario as typed on a command line ({@code barnet.json --scenario
 *                         "No coaches" --set …}); empty for "MODEL.json" and the exported scenario
 */
public record ExportOptions(SensitivityResult sensitivity, Instant sensitivityRanAt, SimulationResult simulation,
                            UncertainInputs simulationRanges, Instant simulationRanAt, List<String> modelArguments) {
    private static final ExportOptions NONE = new ExportOptions(null, null, null, null, null, List.of());

    public ExportOptions {
        if (sensitivity != null && sensitivityRanAt == null || simulation != null && simulationRanAt == null) {
            throw new IllegalArgumentException("a run needs the time it ran");
        }
        if (simulation != null && simulationRanges == null) {
            throw new IllegalArgumentException("a simulation needs the ranges it sampled");
        }
        modelArguments = modelArguments == null ? List.of() : List.copyOf(modelArguments);
    }

    /** The model alone: no Sensitivity or Uncertainty sheet. */
    public static ExportOptions none() {
        return NONE;
    }

    /** With the tornado run at {@code ranAt}. */
    public ExportOptions withSensitivity(SensitivityResult result, Instant ranAt) {
        return new ExportOptions(result, ranAt, simulation, simulationRanges, simulationRanAt, modelArguments);
    }

    /** With the Monte Carlo run at {@code ranAt} over {@code ranges}. */
    public ExportOptions withSimulation(SimulationResult result, UncertainInputs ranges, Instant ranAt) {
        return new ExportOptions(sensitivity, sensitivityRanAt, result, ranges, ranAt, modelArguments);
    }

    /** With the model named on the reproducing command lines as these arguments (file, --scenario, --set…). */
    public ExportOptions withModelArguments(List<String> arguments) {
        return new ExportOptions(sensitivity, sensitivityRanAt, simulation, simulationRanges, simulationRanAt,
                arguments);
    }

    /**
     * Refuses a run of another scenario than the one exported: its figures would sit beside the wrong
     * assumptions.
     *
     * @throws ModelException naming the run and both scenarios
     */
    void checkAgainst(Scenario exported) {
        if (sensitivity != null) {
            check("sensitivity", "tornado", sensitivity.scenario(), exported);
        }
        if (simulation != null) {
            check("simulation", "simulation", simulation.scenario(), exported);
        }
    }

    private static void check(String field, String what, String ranFor, Scenario exported) {
        if (!ranFor.equalsIgnoreCase(exported.name())) {
            throw new ModelException(field, "the " + what + " was run for \"" + ranFor + "\" but the workbook is of \""
                    + exported.name() + "\"; run it again for \"" + exported.name() + "\"");
        }
    }
}
