package org.journeyworkbench.ui.assumptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;

/**
 * What the assumptions panel shows: the inputs that match the filter, grouped under their headings
 * (journey unit costs, rates, each target group, each initiative), in the model's order. Plain Java.
 */
public final class AssumptionsViewModel {
    private AssumptionsViewModel() {
    }

    /**
     * Inputs grouped by heading; a filter matches the label, the heading or the address, ignoring case.
     * An initiative's switch is its section's check box and its profile is edited year by year in the
     * inspector, so neither gets a slider here.
     */
    public static Map<String, List<Input>> sections(List<Input> inputs, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        Map<String, List<Input>> out = new LinkedHashMap<>();
        for (Input input : inputs) {
            if (!hasSlider(input)) {
                continue;
            }
            if (f.isEmpty() || input.label().toLowerCase(Locale.ROOT).contains(f)
                    || input.group().toLowerCase(Locale.ROOT).contains(f)
                    || input.address().toLowerCase(Locale.ROOT).contains(f)) {
                out.computeIfAbsent(input.group(), k -> new ArrayList<>()).add(input);
            }
        }
        return out;
    }

    /** Whether the panel gives the input a slider of its own. */
    public static boolean hasSlider(Input input) {
        return input.kind() != InputKind.SWITCH && input.at().profileKind() == null;
    }

    /** What identifies the rows on screen: when it changes, the rows are built again. */
    public static List<String> shape(List<Input> inputs) {
        return inputs.stream().map(i -> i.address() + "|" + i.label() + "|" + i.kind()).toList();
    }

    /** A slider's position rounded to what a person would type: whole pounds, 0.1%, whole cases. */
    public static double snap(double v, InputKind kind) {
        return switch (kind) {
            case MONEY -> Math.round(v);
            case RATE, MULTIPLIER -> Math.round(v * 1000) / 1000.0;
            case COUNT, YEARS, SWITCH -> Math.round(v);
        };
    }

    /** The initiative id in an "initiatives.ID...." address, or null. */
    public static String initiativeOf(List<Input> section) {
        for (Input i : section) {
            if (i.address().startsWith("initiatives.")) {
                return i.address().split("\\.")[1];
            }
        }
        return null;
    }
}
