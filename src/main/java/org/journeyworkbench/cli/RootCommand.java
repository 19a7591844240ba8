package org.journeyworkbench.cli;

import org.journeyworkbench.io.Version;
import picocli.CommandLine.Command;

@Command(name = "journey-workbench", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionInfo.class,
        description = {"Journey Workbench: offender-journey business cases.",
                "Run with no arguments (or just a model file) to open the workbench window."},
        subcommands = {ComputeCommand.class, AppraiseCommand.class, CompareCommand.class, ExportCommand.class,
                InputsCommand.class, SensitivityCommand.class, SimulateCommand.class, picocli.CommandLine.HelpCommand.class})
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionInfo implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Journey Workbench " + Version.get()};
        }
    }
}
