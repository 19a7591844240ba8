package org.journeyworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the Cost/Benefit Summary, assumptions, calculations and scenarios to an Excel "
                + "workbook whose figures are live formulas.",
                "Exit code 0 on success, 2 for a bad model file, argument or output file, 1 for anything unexpected."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ModelOptions options;

    @Parameters(index = "1", paramLabel = "OUT.xlsx", description = "The workbook to write (replaced if it exists).")
    Path out;

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
        JourneyModel model = options.model();
        Scenario scenario = options.scenario(model);
        if (!options.sets.isEmpty()) {
            scenario = scenario.withName(scenario.name() + " with command-line changes");
        }
        // --set overrides become part of the exported model, so the workbook shows them as its assumptions.
        JourneyModel exported = scenario.isBase() ? model
                : model.withScenarios(replaceOrAdd(model, scenario));
        ExcelExport.write(exported, scenario.isBase() ? null : scenario.name(), out);
        spec.commandLine().getOut().println("Wrote " + out + " (" + scenario.name() + ")");
        spec.commandLine().getOut().flush();
        return Cli.OK;
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
