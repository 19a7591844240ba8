package org.journeyworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Options;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Print every option side by side: the base case, then each scenario of the model in the "
                + "file's order, with its year 1 net saving, NPV, BCR, discounted payback and value for money, "
                + "its NPV by agency, and its difference from the base case.",
                "Exit code 0 on success, 2 for a bad model file or argument, 1 for anything unexpected."})
final class CompareCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "MODEL.json", description = "The model file.")
    Path modelFile;

    @Option(names = "--set", paramLabel = "ADDRESS=VALUE",
            description = {"Change one input of the base case, and so of every option that does not set that "
                    + "input itself; repeatable.",
                    "e.g. --set stages.arrest.unitCost=2500 --set appraisal.discountRates.0.rate=1.5%%",
                    "List the addresses with: journey-workbench inputs MODEL.json"})
    List<String> sets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = {"table: the options as columns (pounds, brackets for negatives), then what each "
                    + "scenario is;",
                    "csv: one row an option, plain numbers to the penny;",
                    "json: everything, unrounded (see docs/cli.md). Default: ${DEFAULT-VALUE}."})
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JourneyModel model = ModelFiles.read(modelFile);
        for (String set : sets) {
            ModelOptions.Setting setting = ModelOptions.parseSet(set);
            model = Inputs.set(model, setting.address(), setting.value());
        }
        Calculation calc = Calculation.compile(model);
        List<OptionResult> options = new Options(calc).compare();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> out.print(Terminal.safe(OptionsText.table(model, options)));
            case csv -> out.print(OptionsText.csv(model, options));
            case json -> out.print(ResultJson.writeOptions(model, options));
        }
        out.flush();
        return Cli.OK;
    }
}
