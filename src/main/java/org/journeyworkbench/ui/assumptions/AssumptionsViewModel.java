package org.journeyworkbench.ui.assumptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.TargetGroup;

/**
 * What the assumptions panel shows: the inputs that match the filter, grouped under headings in one of three
 * ways ({@link Grouping}), so that an initiative's inputs are at the top or one choice away. Plain Java.
 */
public final class AssumptionsViewModel {
    private AssumptionsViewModel() {
    }

    /** How the panel groups its inputs. */
    public enum Grouping {
        /** Each initiative's inputs first, then the journey, the target groups and the appraisal. */
        INITIATIVE("By initiative"),
        /** Each target group, followed by the initiatives aimed at it; then the journey's own and the appraisal. */
        TARGET_GROUP("By target group"),
        /** Costs, rates, numbers of cases, multipliers and years, each labelled with what it belongs to. */
        KIND("By kind");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final String INITIATIVE = "Initiative: ";
    static final String TARGET_GROUP = "Target group: ";

    /** The inputs that match the filter, grouped as {@code grouping} says; headings in the order shown. */
    public static Map<String, List<Input>> sections(JourneyModel model, List<Input> inputs, String filter,
                                                    Grouping grouping) {
        Map<String, List<Input>> byHeading = sections(inputs, filter);
        Map<String, List<Input>> out = new LinkedHashMap<>();
        switch (grouping) {
            case INITIATIVE -> {
                byHeading.forEach((h, list) -> {
                    if (h.startsWith(INITIATIVE)) {
                        out.put(h, list);
                    }
                });
                out.putAll(byHeading);
            }
            case TARGET_GROUP -> {
                for (TargetGroup g : model.targetGroups()) {
                    moveOver(byHeading, TARGET_GROUP + g.name(), out);
                    for (Initiative i : model.initiatives()) {
                        if (i.targetGroupId().equals(g.id())) {
                            moveOver(byHeading, INITIATIVE + i.name(), out);
                        }
                    }
                }
                out.putAll(byHeading);
            }
            case KIND -> byHeading.values().forEach(list -> list.forEach(i -> out.computeIfAbsent(kindHeading(i.kind()),
                    k -> new ArrayList<>()).add(new Input(i.at(), i.group(), owner(i.group()) + ": " + i.label(),
                    i.kind(), i.value()))));
        }
        return out;
    }

    private static void moveOver(Map<String, List<Input>> from, String heading, Map<String, List<Input>> to) {
        List<Input> list = from.remove(heading);
        if (list != null) {
            to.put(heading, list);
        }
    }

    private static String kindHeading(InputKind kind) {
        return switch (kind) {
            case MONEY -> "Costs (£)";
            case RATE -> "Rates and shares";
            case COUNT -> "Numbers of cases";
            case MULTIPLIER -> "Multipliers";
            case YEARS, SWITCH -> "Years";
        };
    }

    /** What a heading's inputs belong to, for a label read away from its heading: "Journey", "Appraisal", a name. */
    static String owner(String heading) {
        if (heading.startsWith(INITIATIVE)) {
            return heading.substring(INITIATIVE.length());
        }
        if (heading.startsWith(TARGET_GROUP)) {
            return heading.substring(TARGET_GROUP.length());
        }
        return heading.equals("Unit costs") || heading.equals("Conversion rates") ? "Journey" : heading;
    }

    /**
     * Inputs grouped by the heading each input has, in the model's order; a filter matches the label, the heading or the address, ignoring case.
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
