package org.journeyworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.engine.validation.ModelValidator;
import org.journeyworkbench.engine.validation.ProvenanceChecks;
import org.journeyworkbench.engine.validation.ProvenanceWarning;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check where a model's figures come from: costs with no source or price year, price years the "
                + "deflator cannot uprate, old costs, low-confidence library figures, likely double counting, rates "
                + "and take-ups with no source.",
                "Exit 0 with the warnings printed; 2 when the model itself has errors (named)."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL.json", description = "The model file.")
    java.nio.file.Path modelFile;

    @Option(names = "--max-age", paramLabel = "YEARS", defaultValue = "10",
            description = "Flag costs priced more than this many years before the price base (default: ${DEFAULT-VALUE}).")
    int maxAge;

    @Mixin
    PriceOptions prices;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxAge < 0 || maxAge > 200) {
            throw new UsageProblem("--max-age: give a number of years from 0 to 200 (it is " + maxAge + ")");
        }
        var out = spec.commandLine().getOut();
        try (AutoCloseable in = prices.apply(spec.commandLine().getErr())) {
            JourneyModel model = ModelFiles.read(modelFile);
            ModelValidator.requireValid(model);
            List<ProvenanceWarning> warnings = ProvenanceChecks.check(model, Deflator.inUse(), UnitCostLibrary.inUse(),
                    maxAge);
            String base = model.appraisal().priceBase();
            out.println(Terminal.safe("Checks of \"" + model.name() + "\""));
            out.println(Terminal.safe("Price base: " + (base.isBlank() ? "not stated" : base) + "; deflator: "
                    + Deflator.inUse().name()));
            if (warnings.isEmpty()) {
                out.println("No warnings: every cost has a source and a price year the deflator can uprate, and "
                        + "every rate and take-up has a source.");
            } else {
                out.println(warnings.size() + (warnings.size() == 1 ? " warning:" : " warnings:"));
                for (ProvenanceWarning w : warnings) {
                    out.println(Terminal.safe("- " + w));
                }
            }
            out.flush();
        }
        return Cli.OK;
    }
}
