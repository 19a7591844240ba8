package org.journeyworkbench;

import org.journeyworkbench.cli.Cli;

/**
 * The jar's entry point. With a command it works on the command line and never loads JavaFX; with no
 * arguments, or just a model file, it opens the workbench. It does not extend Application, which is what
 * lets a plain fat jar start JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Apache POI logs through log4j-api; without this it prints "could not find a logging provider".
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // POI's own log lines (a trace on a failed write) are not for users; failures reach them as messages.
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        String training = System.getProperty("journeyworkbench.train");
        if (training != null) {
            // The packaged app's class-data archive is recorded from one run: the commands first, then the window.
            java.io.PrintStream nowhere = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
            Cli.run(new String[] {"compute", training}, nowhere, nowhere);
            Cli.run(new String[] {"compute", training, "--format", "csv"}, nowhere, nowhere);
        }
        // "--present" opens the window in workshop mode; the rest of the line decides as before.
        String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--present")).toArray(String[]::new);
        if (rest.length > 0 && Cli.isCommandLine(rest)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        org.journeyworkbench.ui.WorkbenchLauncher.launch(args);
    }
}
