package org.journeyworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.journeyworkbench.engine.uncertainty.DistributionText;
import org.journeyworkbench.engine.uncertainty.FittedDistribution;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.Summary;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a Monte Carlo simulation: every input with a range (the model's uncertainty, the "
                + "scenario's, and --set ranges) drawn at random, correlated inputs reordered to their rank "
                + "correlations, the result computed for each sample; print the mean, standard deviation, "
                + "percentiles, the chance the result is above zero, and a histogram.",
                "The same --seed gives the same figures, whatever the number of threads.",
                "Exit code 0 on success, 2 for a bad model file or argument, 1 for anything unexpected."})
final class SimulateCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Mixin
    UncertaintyOptions options;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "How many samples (2 to 20,000,000). Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20121001",
            description = "The random seed; the same seed gives the same figures. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads to run on; 0 for one per processor (the figures do not depend on it). "
                    + "Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = {"table: the figures, by agency, and a histogram drawn in text;",
                    "csv: the histogram (from,to,count), plain numbers;",
                    "json: metric, samples, seed, mean, sd, p5, p10, p50, p90, p95, probabilityPositive, "
                            + "standardError, histogram[] (see docs/cli.md). Default: ${DEFAULT-VALUE}."})
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        UncertaintyOptions.Run run = options.resolve();
        MonteCarlo.Settings settings;
        try {
            settings = new MonteCarlo.Settings(samples, seed, threads);
        } catch (ModelException e) {
            throw new UsageProblem("--" + e.field() + ": " + e.problem());
        }
        SimulationResult r = MonteCarlo.run(run.ranges(), run.metric(), settings);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> out.print(Terminal.safe(table(run.ranges(), r)));
            case csv -> out.print(csv(r));
            case json -> out.print(UncertaintyJson.write(json(r)));
        }
        out.flush();
        return Cli.OK;
    }

    private static String table(UncertainInputs ranges, SimulationResult r) {
        Summary s = r.summary();
        StringBuilder sb = new StringBuilder();
        sb.append(r.metricLabel()).append(" (").append(r.scenario()).append("), ")
                .append(String.format("%,d", r.samples())).append(" samples, seed ").append(r.seed()).append('\n');
        sb.append("With every input at its value: ").append(Money.format(r.deterministic())).append("\n\n");
        row(sb, "Mean", Money.format(s.mean()) + "  (standard error " + Money.format(s.standardError()) + ")");
        row(sb, "Standard deviation", Money.format(s.sd()));
        row(sb, "P5", Money.format(s.p5()));
        row(sb, "P10", Money.format(s.p10()));
        row(sb, "P50 (median)", Money.format(s.p50()));
        row(sb, "P90", Money.format(s.p90()));
        row(sb, "P95", Money.format(s.p95()));
        row(sb, "Chance above zero", Percent.format(s.probabilityPositive()));
        sb.append("\nNPV by agency          Mean          P10          P90  Chance above zero\n");
        for (SimulationResult.AgencySummary a : r.byAgency()) {
            Summary g = a.summary();
            sb.append(String.format("%-16s %12s %12s %12s %18s%n", a.agency(), Money.format(g.mean()),
                    Money.format(g.p10()), Money.format(g.p90()), Percent.format(g.probabilityPositive())));
        }
        sb.append("\nHistogram\n");
        long most = s.histogram().stream().mapToLong(Summary.Bin::count).max().orElse(1);
        for (Summary.Bin b : s.histogram()) {
            int bar = (int) Math.round(40.0 * b.count() / most);
            sb.append(String.format("%14s to %14s %8d %s%n", Money.format(b.from()), Money.format(b.to()), b.count(),
                    "#".repeat(bar)));
        }
        sb.append("\nInputs with a range\n");
        for (int k = 0; k < ranges.size(); k++) {
            FittedDistribution d = ranges.distribution(k);
            var in = ranges.calculation().slots().input(ranges.slot(k));
            sb.append("  ").append(in.label()).append(" (").append(in.address()).append("): ")
                    .append(DistributionText.format(d.spec(), in.kind())).append('\n');
        }
        for (Correlation c : ranges.uncertainty().correlations()) {
            sb.append("  rank correlation ").append(c.coefficient()).append(" between ").append(c.first())
                    .append(" and ").append(c.second()).append('\n');
        }
        if (ranges.size() == 0) {
            sb.append("  none: every sample is the same (give inputs ranges in the model's \"uncertainty\", or "
                    + "with --set \"ADDRESS=triangular(low, most likely, high)\")\n");
        }
        for (String note : r.notes()) {
            sb.append("Note: ").append(note).append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-20s %s%n", label, value));
    }

    private static String csv(SimulationResult r) {
        StringBuilder sb = new StringBuilder("from,to,count\n");
        for (Summary.Bin b : r.summary().histogram()) {
            sb.append(Money.plain(b.from())).append(',').append(Money.plain(b.to())).append(',').append(b.count())
                    .append('\n');
        }
        return sb.toString();
    }

    /** The JSON of docs/cli.md, exactly the issue's fields. */
    static Map<String, Object> json(SimulationResult r) {
        Summary s = r.summary();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", r.metric().key());
        out.put("samples", r.samples());
        out.put("seed", r.seed());
        out.put("mean", s.mean());
        out.put("sd", s.sd());
        out.put("p5", s.p5());
        out.put("p10", s.p10());
        out.put("p50", s.p50());
        out.put("p90", s.p90());
        out.put("p95", s.p95());
        out.put("probabilityPositive", s.probabilityPositive());
        out.put("standardError", s.standardError());
        out.put("histogram", s.histogram().stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", b.from());
            m.put("to", b.to());
            m.put("count", b.count());
            return m;
        }).toList());
        return out;
    }
}
