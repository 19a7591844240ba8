package org.journeyworkbench.cli;

import java.util.concurrent.Callable;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "inputs", mixinStandardHelpOptions = true,
        description = "List every input of a model with its address (for --set and scenario overrides) and value.")
final class InputsCommand implements Callable<Integer> {
    @Mixin
    ModelOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JourneyModel model = options.model();
        JourneyModel applied = org.journeyworkbench.engine.inputs.Inputs.apply(model, options.scenario(model));
        var out = spec.commandLine().getOut();
        String group = null;
        for (Input input : Inputs.list(applied)) {
            if (!input.group().equals(group)) {
                group = input.group();
                out.println();
                out.println(group);
            }
            out.printf("  %-58s %14s  %s%n", input.address(), show(input), input.label());
        }
        out.flush();
        return Cli.OK;
    }

    private static String show(Input input) {
        return switch (input.kind()) {
            case MONEY -> Money.formatUnit(input.value());
            case RATE, MULTIPLIER -> Percent.format(input.value());
            case COUNT, YEARS -> trim(input.value());
            case SWITCH -> input.value() == 1 ? "on" : "off";
        };
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
