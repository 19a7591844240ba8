package org.journeyworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.Sensitivity;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.io.xlsx.ExportOptions;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the Cost/Benefit Summary, assumptions, calculations and scenarios to an Excel "
                + "workbook whose figures are live formulas; with a Sensitivity sheet (the tornado) and, when inputs "
                + "have ranges, an Uncertainty sheet (a Monte Carlo simulation), both run as the workbook is written.",
                "Exit code 0 on success, 2 for a bad model file, argument or output file, 1 for anything unexpected."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    UncertaintyOptions options;

    @Parameters(index = "1", paramLabel = "OUT.xlsx", description = "The workbook to write (replaced if it exists).")
    Path out;

    @Option(names = "--sensitivity", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Add a Sensitivity sheet: the tornado and switching values of --metric (default; "
                    + "--no-sensitivity leaves it out).")
    boolean sensitivity;

    @Option(names = "--swing", paramLabel = "PERCENT", defaultValue = "20%",
            description = "How far the tornado swings an input without a range, either side. Default: "
                    + "${DEFAULT-VALUE}.")
    String swing;

    @Option(names = "--simulate", negatable = true, fallbackValue = "true",
            description = "Add an Uncertainty sheet: a Monte Carlo simulation of --metric (default: when any input "
                    + "has a range; --no-simulate leaves it out, --simulate adds it even with none).")
    Boolean simulate;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "How many samples the simulation draws (2 to 20,000,000). Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20121001",
            description = "The simulation's random seed; the same seed gives the same figures. Default: "
                    + "${DEFAULT-VALUE}.")
    long seed;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out.getFileName() == null || !out.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
            throw new UsageProblem("OUT.xlsx: \"" + out + "\" should end in .xlsx");
        }
        if (sameFile(out, options.modelFile)) {
            // A model saved with an .xlsx name would be replaced by its own workbook: the user's work lost.
            throw new UsageProblem("OUT.xlsx: \"" + out + "\" is the model file itself; write the workbook under "
                    + "another name");
        }
        UncertaintyOptions.Run run = options.resolve();
        JourneyModel model = run.model();
        Scenario scenario = run.scenario();
        if (!options.sets.isEmpty()) {
            scenario = scenario.withName(scenario.name() + " with command-line changes");
        }
        // --set overrides and ranges become part of the exported model, so the workbook shows them.
        JourneyModel exported = scenario.isBase() ? model
                : model.withScenarios(replaceOrAdd(model, scenario));
        String name = scenario.isBase() ? null : scenario.name();
        ExcelExport.write(exported, name, out, runs(exported, name, run));
        spec.commandLine().getOut().println("Wrote " + out + " (" + scenario.name() + ")");
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    /** The runs to set out beside the model, made now on the exported scenario (settings checked first). */
    private ExportOptions runs(JourneyModel exported, String name, UncertaintyOptions.Run run) {
        ExportOptions runs = ExportOptions.none().withModelArguments(arguments());
        double by = SensitivityCommand.swing(swing);
        Scenario scenario = ScenarioEdits.scenario(exported, name);
        UncertainInputs ranges = UncertainInputs.of(Calculation.compile(exported, scenario), scenario);
        boolean simulation = simulate == null ? ranges.size() > 0 : simulate;
        MonteCarlo.Settings settings = simulation ? new MonteCarlo.Settings(samples, seed, 0) : null;
        if (sensitivity) {
            runs = runs.withSensitivity(Sensitivity.run(ranges, run.metric(), by), Instant.now());
        }
        if (simulation) {
            runs = runs.withSimulation(MonteCarlo.run(ranges, run.metric(), settings), ranges, Instant.now());
        }
        return runs;
    }

    /** The model file, --scenario and --set as given, for the command lines that reproduce the runs. */
    private List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add(options.modelFile.toString());
        if (options.scenarioName != null) {
            args.add("--scenario");
            args.add(options.scenarioName);
        }
        for (String set : options.sets) {
            args.add("--set");
            args.add(set);
        }
        return args;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The scenario in its own place (the workbook's options keep the model's order), or added at the end. */
    private static java.util.List<Scenario> replaceOrAdd(JourneyModel model, Scenario scenario) {
        java.util.List<Scenario> list = new java.util.ArrayList<>(model.scenarios());
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).name().equalsIgnoreCase(scenario.name())) {
                list.set(k, scenario);
                return list;
            }
        }
        list.add(scenario);
        return list;
    }
}
