package org.journeyworkbench.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Set;
import org.journeyworkbench.model.ModelException;
import picocli.CommandLine;

/**
 * The command line. Exit codes: 0 success; 2 bad input or usage, with one line on stderr naming the file,
 * field or argument; 1 anything unexpected.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;
    private static final Set<String> COMMANDS = Set.of("compute", "appraise", "compare", "export", "inputs", "check",
            "costs", "sensitivity", "simulate", "help");

    private Cli() {
    }

    /** True when the arguments ask for a command rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-") || isMistypedCommand(args));
    }

    /**
     * "computee model.json": a first word that is neither a command nor a model file is a mistyped command,
     * answered on the command line (exit 2, "Unmatched argument…"), not by opening a window.
     */
    private static boolean isMistypedCommand(String[] args) {
        String first = args[0];
        if (args.length > 1) {
            return true;
        }
        if (first.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try {
            return !java.nio.file.Files.exists(java.nio.file.Path.of(first));
        } catch (RuntimeException e) {
            return true;
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine(out, err);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("Unexpected error: the model needs more memory than Java was given; run it with more, "
                    + "e.g. java -Xmx8g -jar journey-workbench.jar ...");
            return UNEXPECTED;
        } catch (StackOverflowError e) {
            err.println("Unexpected error (please report it): the model is nested too deeply to work out");
            return UNEXPECTED;
        }
        cl.getOut().flush();
        out.flush();
        if (out.checkError()) {
            // A full disk or a closed pipe: the output is cut short, so this must not look like success.
            err.println("Unexpected error: the output could not be written in full (is the disk full, or was the "
                    + "output closed?)");
            return UNEXPECTED;
        }
        return code;
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // A path Java cannot take (a NUL in it) is the user's to fix: said without Java's exception names.
        cl.registerConverter(java.nio.file.Path.class, text -> {
            try {
                return java.nio.file.Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' cannot be a file name ("
                        + (e.getReason() == null ? "the system refuses it" : e.getReason().toLowerCase(
                        java.util.Locale.ROOT)) + ")");
            }
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            String unknown = unknownCommand(ex, args);
            if (unknown == null) {
                unknown = fileLikeAnOption(args);
            }
            if (unknown != null) {
                cmd.getErr().println(unknown);
                return BAD_INPUT;
            }
            cmd.getErr().println(cmd.getCommandName() + ": " + Terminal.safe(firstLine(ex.getMessage()))
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof ModelException || ex instanceof UsageProblem) {
                cmd.getErr().println(oneLine(ex.getMessage()));
                return BAD_INPUT;
            }
            // One plain line: the message, never the exception's Java class name or a trace.
            String what = ex.getMessage() == null || ex.getMessage().isBlank() ? "an internal error"
                    : oneLine(ex.getMessage());
            cmd.getErr().println("Unexpected error (please report it): " + what);
            return UNEXPECTED;
        });
        return cl;
    }

    /**
     * "computee model.json": the first word is no command. Says so plainly and suggests the nearest command
     * (picocli's own wording, "Unmatched arguments from index 0", tells a user nothing).
     */
    static String unknownCommand(CommandLine.ParameterException ex, String[] args) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException) || ex.getCommandLine().getParent() != null
                || args.length == 0 || args[0].startsWith("-") || COMMANDS.contains(args[0])) {
            return null;
        }
        String word = oneLine(args[0]);
        String nearest = nearestCommand(args[0]);
        return "Unknown command '" + word + "'."
                + (nearest == null ? "" : " Did you mean '" + nearest + "'?") + " See --help.";
    }

    /**
     * "compute -model.json": a file whose name begins with "-" reads as an option, and picocli then says the
     * model is missing. Says how to name it instead.
     */
    static String fileLikeAnOption(String[] args) {
        for (String a : args) {
            if (a.startsWith("-") && !a.startsWith("--") && a.length() > 2 && java.nio.file.Files.isRegularFile(
                    java.nio.file.Path.of(a.replace('\0', '_')))) {
                return "'" + oneLine(a) + "' reads as an option; to use the file of that name, write ./" + oneLine(a);
            }
        }
        return null;
    }

    /** The command within two typing slips of {@code word} (case ignored), or null. */
    static String nearestCommand(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() > 40) {
            return null;
        }
        String best = null;
        int bestDistance = 3;
        for (String c : new java.util.TreeSet<>(COMMANDS)) {
            int d = editDistance(w, c);
            if (d < bestDistance || (c.startsWith(w) && w.length() >= 3 && best == null)) {
                best = c;
                bestDistance = Math.min(d, bestDistance);
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A message on one line, whatever the model's names hold: line breaks become spaces, controls escaped. */
    static String oneLine(String s) {
        return s == null ? "" : Terminal.safe(s.replaceAll("\\R", " "));
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
