package org.journeyworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.journeyworkbench.engine.uncertainty.DistributionText;
import org.journeyworkbench.engine.uncertainty.InputSwing;
import org.journeyworkbench.engine.uncertainty.Sensitivity;
import org.journeyworkbench.engine.uncertainty.SensitivityResult;
import org.journeyworkbench.model.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Print a tornado: every input swung over its range (the P10 to P90 of its distribution, or "
                + "± the swing where it has none), one at a time, widest first, with the result at each end and "
                + "the input's switching value (where the result crosses zero).",
                "Exit code 0 on success, 2 for a bad model file or argument, 1 for anything unexpected."})
final class SensitivityCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Mixin
    UncertaintyOptions options;

    @Option(names = "--swing", paramLabel = "PERCENT", defaultValue = "20%",
            description = "How far to swing an input without a range, either side. Default: ${DEFAULT-VALUE}.")
    String swing;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0",
            description = "Show only the N widest bars in the table (0: all).")
    int top;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = {"table: widest first, in pounds and percentages;",
                    "csv: one row an input, plain numbers;",
                    "json: metric, base, inputs[] (see docs/cli.md). Default: ${DEFAULT-VALUE}."})
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        UncertaintyOptions.Run run = options.resolve();
        SensitivityResult r = Sensitivity.run(run.ranges(), run.metric(), swing(swing));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> out.print(Terminal.safe(table(r)));
            case csv -> out.print(csv(r));
            case json -> out.print(UncertaintyJson.write(json(r)));
        }
        out.flush();
        return Cli.OK;
    }

    static double swing(String text) {
        String t = text.strip();
        boolean percent = t.endsWith("%");
        try {
            double v = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
            double f = percent || v > 1 ? v / 100 : v;
            if (f > 0 && f <= 1) {
                return f;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageProblem("--swing: \"" + text + "\" is not a swing; write a percentage above 0% and at most "
                + "100%, e.g. 20%");
    }

    private String table(SensitivityResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.metricLabel()).append(" (").append(r.scenario()).append("): ")
                .append(Money.format(r.base())).append('\n');
        sb.append("Sensitivity: each input swung over the P10 to P90 of its range, or ±")
                .append(org.journeyworkbench.model.Percent.format(r.swing()))
                .append(" where it has none; the others held. Widest first.\n\n");
        List<InputSwing> rows = top > 0 && top < r.inputs().size() ? r.inputs().subList(0, top) : r.inputs();
        String[] head = {"Input", "Low", "High", "At low", "At high", "Switching value"};
        String[][] cells = new String[rows.size()][];
        int[] w = new int[head.length];
        for (int k = 0; k < head.length; k++) {
            w[k] = head[k].length();
        }
        for (int i = 0; i < rows.size(); i++) {
            InputSwing s = rows.get(i);
            cells[i] = new String[]{s.label() + " (" + s.address() + ")" + (s.fromRange() ? "" : " *"),
                    DistributionText.value(s.low(), s.kind()), DistributionText.value(s.high(), s.kind()),
                    Money.format(s.metricAtLow()), Money.format(s.metricAtHigh()),
                    s.switchingValue() == null ? "none within the valid range" : s.switchingValueText()};
            for (int k = 0; k < head.length; k++) {
                w[k] = Math.max(w[k], cells[i][k].length());
            }
        }
        line(sb, head, w);
        for (String[] c : cells) {
            line(sb, c, w);
        }
        sb.append("\n* no range given: swung ±").append(org.journeyworkbench.model.Percent.format(r.swing()))
                .append(", within the input's valid range.\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] c, int[] w) {
        sb.append(String.format("%-" + w[0] + "s", c[0]));
        for (int k = 1; k < c.length; k++) {
            sb.append("  ").append(String.format("%" + w[k] + "s", c[k]));
        }
        sb.append('\n');
    }

    private static String csv(SensitivityResult r) {
        StringBuilder sb = new StringBuilder("address,label,value,low,high,metricAtLow,metricAtHigh,switchingValue\n");
        for (InputSwing s : r.inputs()) {
            sb.append(SummaryText.csvText(s.address())).append(',').append(SummaryText.csvText(s.label()))
                    .append(',').append(plain(s.value())).append(',').append(plain(s.low())).append(',')
                    .append(plain(s.high())).append(',').append(Money.plain(s.metricAtLow())).append(',')
                    .append(Money.plain(s.metricAtHigh())).append(',')
                    .append(s.switchingValue() == null ? "" : plain(s.switchingValue())).append('\n');
        }
        return sb.toString();
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(12)).stripTrailingZeros()
                .toPlainString();
    }

    /** The JSON of docs/cli.md: metric, base, inputs[] with exactly the fields, widest first. */
    static Map<String, Object> json(SensitivityResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", r.metric().key());
        out.put("base", r.base());
        out.put("inputs", r.inputs().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address", s.address());
            m.put("label", s.label());
            m.put("low", s.low());
            m.put("high", s.high());
            m.put("metricAtLow", s.metricAtLow());
            m.put("metricAtHigh", s.metricAtHigh());
            m.put("switchingValue", s.switchingValue());
            return m;
        }).toList());
        return out;
    }
}
