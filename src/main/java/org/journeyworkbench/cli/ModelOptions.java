package org.journeyworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The model file, the scenario and the --set overrides, shared by every command that computes. */
final class ModelOptions {
    @Parameters(index = "0", paramLabel = "MODEL.json", description = "The model file.")
    Path modelFile;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "A named scenario of the model (default: the base case).")
    String scenarioName;

    @Option(names = "--set", paramLabel = "ADDRESS=VALUE",
            description = {"Override one input, as a scenario does; repeatable.",
                    "e.g. --set stages.arrest.unitCost=2000 --set targetGroups.asb.rates.callout-arrest=15%%",
                    "List the addresses with: journey-workbench inputs MODEL.json"})
    List<String> sets = new ArrayList<>();

    JourneyModel model() {
        return ModelFiles.read(modelFile);
    }

    /** The chosen scenario (or the base case) with the --set overrides on top, checked against the model. */
    Scenario scenario(JourneyModel model) {
        Scenario scenario = Scenario.base();
        if (scenarioName != null) {
            scenario = model.scenario(scenarioName).orElseThrow(() -> new UsageProblem("--scenario: the model has no "
                    + "scenario called \"" + scenarioName + "\"; it has: " + (model.scenarios().isEmpty() ? "none"
                    : String.join(", ", model.scenarios().stream().map(s -> "\"" + s.name() + "\"").toList()))));
        }
        for (String set : sets) {
            Setting setting = parseSet(set);
            Inputs.get(Inputs.apply(model, scenario), setting.address()); // names a wrong address before anything else
            scenario = scenario.withOverride(setting.address(), setting.value());
        }
        return scenario;
    }

    /** One --set ADDRESS=VALUE, its value parsed (the address is not checked against a model here). */
    record Setting(String address, double value) {
    }

    /** "stages.arrest.unitCost=£1,930" -> the address and 1930; see {@link #parseValue}. */
    static Setting parseSet(String set) {
        int eq = set.indexOf('=');
        if (eq <= 0) {
            throw new UsageProblem("--set " + set + ": write it as ADDRESS=VALUE, e.g. stages.arrest.unitCost=2000");
        }
        String address = set.substring(0, eq).strip();
        return new Setting(address, parseValue(address, set.substring(eq + 1)));
    }

    /** "2000", "£1,930", "45%" (= 0.45), "true"/"false" (for enabled). */
    static double parseValue(String address, String raw) {
        String grouped = raw.strip().replace("£", "");
        // Commas are thousands separators only where they group thousands: "1,930" is 1930, "1,5" is a slip.
        if (grouped.contains(",") && !grouped.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?%?")) {
            throw new UsageProblem("--set " + address + ": \"" + raw + "\" is not a number (write 1.5 or 1,500; "
                    + "commas only between thousands)");
        }
        String s = grouped.replace(",", "");
        String lower = s.toLowerCase(Locale.ROOT);
        boolean isSwitch = address.endsWith(".enabled");
        if (lower.equals("true") || lower.equals("on") || lower.equals("false") || lower.equals("off")) {
            if (!isSwitch) {
                throw new UsageProblem("--set " + address + ": \"" + raw + "\" is not a number; on/off and true/false "
                        + "are only for switching an initiative (initiatives.ID.enabled)");
            }
            return lower.equals("true") || lower.equals("on") ? 1 : 0;
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v) || Double.isInfinite(v) || s.matches(".*[a-zA-Z].*")) {
                throw new NumberFormatException();
            }
            return percent ? v / 100 : v;
        } catch (NumberFormatException e) {
            if (s.matches("-?(\\d+\\.?\\d*|\\.\\d+)[eE][-+]?\\d+")) {
                throw new UsageProblem("--set " + address + ": \"" + raw + "\" is in scientific notation; write the "
                        + "figure out in full, e.g. 1500000 or 0.25");
            }
            throw new UsageProblem("--set " + address + ": \"" + raw + "\" is not a number");
        }
    }
}
