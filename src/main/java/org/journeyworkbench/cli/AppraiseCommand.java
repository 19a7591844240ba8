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

@Command(name = "appraise", mixinStandardHelpOptions = true,
        description = {"Print the appraisal over the years (HM Treasury Green Book): benefits, costs, discount "
                + "factors and present values year by year, then PV benefits, PV costs, NPV, BCR, discounted "
                + "payback and value for money, and the NPV by agency.",
                "Exit code 0 on success, 2 for a bad model file or argument, 1 for anything unexpected."})
final class AppraiseCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Mixin
    ModelOptions options;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = {"table: years as columns, in blocks of at most 8 years (pounds, brackets for negatives);",
                    "csv: one row a year, then the summary and the agencies, plain numbers to the penny;",
                    "json: everything, unrounded (see docs/cli.md). Default: ${DEFAULT-VALUE}."})
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JourneyModel model = options.model();
        Scenario scenario = options.scenario(model);
        Result result = Engine.compute(model, scenario);
        JourneyModel applied = Inputs.apply(model, scenario); // the period and rates this run used
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> out.print(Terminal.safe(AppraisalText.table(applied, result)));
            case csv -> out.print(AppraisalText.csv(result.appraisal()));
            case json -> out.print(ResultJson.writeAppraisal(model, result));
        }
        out.flush();
        return Cli.OK;
    }
}
