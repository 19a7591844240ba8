package org.journeyworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.uncertainty.DistributionText;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The model, scenario, metric and --set of {@code sensitivity} and {@code simulate}. A --set value that is a
 * range ({@code triangular(1500,1930,2500)}, {@code 1,500 to 2,500}) gives the input that range for this run;
 * a plain number sets its value, as everywhere else.
 */
final class UncertaintyOptions {
    /** A value that is a range rather than a number: a call, "to", "most likely", or a dash between numbers. */
    private static final Pattern RANGE = Pattern.compile("(?i).*(\\(|\\bto\\b|likely|fixed|\\d\\s*[-–—]\\s*[£\\d]).*");

    @Parameters(index = "0", paramLabel = "MODEL.json", description = "The model file.")
    Path modelFile;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "A named scenario of the model (default: the base case).")
    String scenarioName;

    @Option(names = "--metric", paramLabel = "year1|npv|npv:AGENCY", defaultValue = "npv",
            description = {"The result: year1 (first-year net saving), npv (over the appraisal period), or one "
                    + "agency's NPV, e.g. npv:police. Default: ${DEFAULT-VALUE}."})
    String metric;

    @Option(names = "--set", paramLabel = "ADDRESS=VALUE",
            description = {"Override one input, as a scenario does, or give it a range for this run; repeatable.",
                    "e.g. --set stages.arrest.unitCost=2000",
                    "     --set \"stages.arrest.unitCost=triangular(1500,1930,2500)\"",
                    "     --set \"transitions.arrest-caution.rate=20%% to 40%%\"",
                    "List the addresses with: journey-workbench inputs MODEL.json"})
    List<String> sets = new ArrayList<>();

    /** What a command works on: the model, the compiled scenario and its ranges, and the metric. */
    record Run(JourneyModel model, Scenario scenario, UncertainInputs ranges, Metric metric) {
    }

    Run resolve() {
        JourneyModel model = org.journeyworkbench.io.ModelFiles.read(modelFile);
        List<String> values = new ArrayList<>();
        List<String[]> ranges = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            String raw = eq < 0 ? "" : set.substring(eq + 1);
            if (eq > 0 && RANGE.matcher(raw).matches()) {
                ranges.add(new String[]{set.substring(0, eq).strip(), raw});
            } else {
                values.add(set);
            }
        }
        ModelOptions plain = new ModelOptions();
        plain.modelFile = modelFile;
        plain.scenarioName = scenarioName;
        plain.sets = values;
        Scenario scenario = plain.scenario(model);
        Calculation calc = Calculation.compile(model, scenario);
        if (!ranges.isEmpty()) {
            Uncertainty own = scenario.uncertainty();
            for (String[] r : ranges) {
                int slot = calc.slots().find(r[0]);
                if (slot < 0) {
                    throw new UsageProblem("--set " + r[0] + ": this model has no such input (list them with: "
                            + "journey-workbench inputs MODEL.json)");
                }
                Input in = calc.slots().input(slot);
                Distribution d;
                try {
                    d = DistributionText.parse(r[1], in.kind());
                    UncertainInputs.check(calc, r[0], d);
                } catch (ModelException e) {
                    throw new UsageProblem("--set " + r[0] + ": " + e.problem());
                }
                own = own.withDistribution(r[0], d);
            }
            scenario = scenario.withUncertainty(own);
        }
        Scenario chosen = scenario.isBase() ? null : scenario;
        Metric m = Metric.parse(metric, model);
        return new Run(model, scenario, UncertainInputs.of(calc, chosen), m);
    }
}
