package org.journeyworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compute", mixinStandardHelpOptions = true,
        description = {"Print the Cost/Benefit Summary, the Level 1 terms and the net system saving, then the NPV "
                + "and BCR over the appraisal period (the years themselves: appraise).",
                "Exit code 0 on success, 2 for a bad model file or argument, 1 for anything unexpected."})
final class ComputeCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Mixin
    ModelOptions options;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = {"table: like the slides (pounds, brackets for negatives);",
                    "csv: the summary alone, plain numbers to the penny;",
                    "json: everything, the appraisal included (see docs/cli.md). Default: ${DEFAULT-VALUE}."})
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JourneyModel model = options.model();
        Scenario scenario = options.scenario(model);
        Result result = Engine.compute(model, scenario);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> out.print(Terminal.safe(SummaryText.table(Inputs.apply(model, scenario), result)));
            case csv -> out.print(SummaryText.csv(result));
            case json -> out.print(ResultJson.write(model, result));
        }
        out.flush();
        return Cli.OK;
    }
}
