package org.journeyworkbench.io.xlsx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.uncertainty.DistributionText;
import org.journeyworkbench.engine.uncertainty.FittedDistribution;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.Summary;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Money;

/**
 * A Monte Carlo run: its settings and the command that reproduces it; the metric's and each agency's NPV
 * mean, standard deviation, standard error, percentiles and chance of being above zero; a histogram chart;
 * the ranges and correlations sampled; and the histogram's table. Values from the run, not formulas.
 */
final class UncertaintySheet {
    static final String NAME = "Uncertainty";
    static final int LAST_PRINTED = 8;
    /** Beyond the printed table: the histogram chart's short labels (£1.2m). */
    static final int CHART_LABEL = 10;
    static final int CHART_ROWS = 22;
    static final int FIGURE_COLUMN = 1;
    /** The rows of the results table, in order. */
    static final String[] STATISTICS = {"With every input at its value", "Mean", "Standard deviation",
        "Standard error of the mean", "P5", "P10", "P50 (median)", "P90", "P95", "Chance of being above zero",
        "Lowest sample", "Highest sample"};

    /** Where the results table's first figure (the deterministic figure) is, for tests and readers. */
    int resultsRow;
    int histogramRow;
    int rangesRow;
    int correlationsRow;

    void write(SheetWriter w, SimulationResult run, UncertainInputs ranges, Instant ranAt, List<String> modelArguments) {
        int[] widths = {36, 14, 13, 13, 13, 13, 13, 13, 13, 2, 12};
        for (int c = 0; c < widths.length; c++) {
            w.sheet.setColumnWidth(c, widths[c] * 256);
        }
        String metric = run.metricLabel();
        int correlated = ranges.uncertainty().correlations().size();
        int r = RunFacts.of()
                .add("Result", metric + " (" + run.metric().key() + ")")
                .add("Scenario", run.scenario())
                .add("Samples", String.format("%,d", run.samples()))
                .add("Seed", Long.toString(run.seed()))
                .add("Inputs with a range", ranges.size() + (correlated == 0 ? ", none correlated"
                        : ", with " + correlated + " rank correlation" + (correlated == 1 ? "" : "s"))
                        + "; every other input is held at its value")
                .add("To reproduce", RunFacts.command("simulate", modelArguments, run.scenario(),
                        List.of("--metric", run.metric().key(), "--samples", Integer.toString(run.samples()),
                                "--seed", Long.toString(run.seed()))))
                .write(w, "Uncertainty · " + run.scenario() + ": how sure the " + metric + " is (Monte Carlo)", ranAt,
                        1, LAST_PRINTED);
        r = results(w, run, r + 1);
        r = chart(w, run, r + 1);
        r = ranges(w, ranges, r + 1);
        r = correlations(w, ranges, run, r + 1);
        histogram(w, run, r + 1);
    }

    private int results(SheetWriter w, SimulationResult run, int r) {
        w.text(r++, 0, "What the samples say", w.styles.subtitle);
        List<String> columns = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        List<Double> fixed = new ArrayList<>();
        columns.add(run.metricLabel());
        summaries.add(run.summary());
        fixed.add(run.deterministic());
        for (SimulationResult.AgencySummary a : run.byAgency()) {
            if (FIGURE_COLUMN + columns.size() > LAST_PRINTED) {
                break; // more agencies than a page holds: the metric and the first seven
            }
            columns.add("NPV to " + a.agency());
            summaries.add(a.summary());
            fixed.add(a.deterministic());
        }
        w.text(r, 0, "", w.styles.header);
        for (int k = 0; k < columns.size(); k++) {
            String h = SheetWriter.shortened(columns.get(k), 60);
            w.text(r, FIGURE_COLUMN + k, h, w.styles.header);
            SheetWriter.fitHeight(w, r, h, 12);
        }
        r++;
        resultsRow = r;
        List<ToDoubleFunction<Summary>> figures = List.of(s -> 0, Summary::mean, Summary::sd, Summary::standardError,
                Summary::p5, Summary::p10, Summary::p50, Summary::p90, Summary::p95, Summary::probabilityPositive,
                Summary::min, Summary::max);
        for (int f = 0; f < STATISTICS.length; f++) {
            boolean chance = f == 9;
            w.text(r, 0, STATISTICS[f], f == 0 ? w.styles.subtitle : null);
            for (int k = 0; k < columns.size(); k++) {
                double v = f == 0 ? fixed.get(k) : figures.get(f).applyAsDouble(summaries.get(k));
                w.number(r, FIGURE_COLUMN + k, v, chance ? w.styles.rate : w.styles.money);
            }
            r++;
        }
        if (run.byAgency().size() > columns.size() - 1) {
            w.text(r++, 0, "The other agencies' figures are in the simulate command's output (--format csv).",
                    w.styles.note);
        }
        return r;
    }

    /** Leaves room for the histogram chart, drawn once its table is written. */
    private int chart(SheetWriter w, SimulationResult run, int top) {
        w.sheet.setRowBreak(top - 1); // the chart starts a page rather than being cut across two
        chartTop = top;
        return top + CHART_ROWS;
    }

    private int chartTop;

    private int ranges(SheetWriter w, UncertainInputs ranges, int r) {
        w.text(r++, 0, "The ranges sampled", w.styles.subtitle);
        String[] headings = {"Input", "Range", "", "P10", "P90", "Source"};
        int[] at = {0, 1, 2, 3, 4, 5};
        for (int k = 0; k < headings.length; k++) {
            w.text(r, at[k], headings[k], w.styles.header);
        }
        for (int c = 6; c <= LAST_PRINTED; c++) {
            w.text(r, c, "", w.styles.header);
        }
        r++;
        rangesRow = r;
        if (ranges.size() == 0) {
            w.text(r++, 0, "No input has a range: every sample is the same figure. Give inputs ranges in the model "
                    + "(uncertainty) or with --set ADDRESS=RANGE.", w.styles.note);
        }
        Calculation calc = ranges.calculation();
        for (int k = 0; k < ranges.size(); k++) {
            String address = ranges.address(k);
            Input in = calc.slots().input(ranges.slot(k));
            FittedDistribution d = ranges.distribution(k);
            String label = label(in);
            w.textWithNote(r, 0, label, address, w.styles.wrappedLow);
            int lines = lines(label, 36) + lines(address, 40);
            String range = DistributionText.format(d.spec(), in.kind());
            w.text(r, 1, range, w.styles.wrappedLow);
            w.sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
            lines = Math.max(lines, lines(range, 27));
            CellStyle style = SensitivitySheet.style(w, in.kind());
            w.number(r, 3, d.quantile(0.1), style);
            w.number(r, 4, d.quantile(0.9), style);
            String source = ranges.uncertainty().source(address);
            w.text(r, 5, source, w.styles.lowNote);
            w.sheet.addMergedRegion(new CellRangeAddress(r, r, 5, LAST_PRINTED));
            lines = Math.max(lines, lines(source, 52));
            height(w, r, lines);
            r++;
        }
        return r;
    }

    private int correlations(SheetWriter w, UncertainInputs ranges, SimulationResult run, int r) {
        List<Correlation> list = ranges.uncertainty().correlations();
        w.text(r++, 0, "Rank correlations between the ranges", w.styles.subtitle);
        correlationsRow = r + 1;
        if (list.isEmpty()) {
            w.text(r++, 0, "None: each input was drawn independently of the others.", w.styles.note);
            correlationsRow = r;
        } else {
            w.text(r, 0, "Input", w.styles.header);
            w.text(r, 1, "Moves with", w.styles.header);
            for (int c = 2; c <= 3; c++) {
                w.text(r, c, "", w.styles.header);
            }
            w.text(r, 4, "Rank correlation", w.styles.header);
            w.text(r, 5, "Source", w.styles.header);
            for (int c = 6; c <= LAST_PRINTED; c++) {
                w.text(r, c, "", w.styles.header);
            }
            SheetWriter.fitHeight(w, r, "Rank correlation", 12);
            r++;
            Calculation calc = ranges.calculation();
            for (Correlation c : list) {
                int lines = 1;
                String[] addresses = {c.first(), c.second()};
                int[] columns = {0, 1};
                for (int k = 0; k < 2; k++) {
                    int slot = calc.slots().find(addresses[k]);
                    String label = slot < 0 ? addresses[k] : label(calc.slots().input(slot));
                    w.textWithNote(r, columns[k], label, addresses[k], w.styles.wrappedLow);
                    lines = Math.max(lines, lines(label, k == 0 ? 36 : 40) + lines(addresses[k], k == 0 ? 40 : 44));
                }
                w.sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
                w.number(r, 4, c.coefficient(), w.styles.ratio);
                w.text(r, 5, c.source(), w.styles.lowNote);
                w.sheet.addMergedRegion(new CellRangeAddress(r, r, 5, LAST_PRINTED));
                lines = Math.max(lines, lines(c.source(), 52));
                height(w, r, lines);
                r++;
            }
        }
        for (String note : run.notes()) {
            w.text(r, 0, note, w.styles.wrappedNote);
            w.sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_PRINTED));
            SheetWriter.fitHeight(w, r++, note, 130);
        }
        return r;
    }

    private void histogram(SheetWriter w, SimulationResult run, int r) {
        w.sheet.setRowBreak(r - 1);
        w.text(r++, 0, "The histogram: how many samples fell in each band", w.styles.subtitle);
        String[] headings = {"Band", "From", "To", "Samples", "Share", "At or below"};
        for (int c = 0; c < headings.length; c++) {
            w.text(r, c, headings[c], w.styles.header);
        }
        w.text(r, CHART_LABEL, "Chart label", w.styles.header);
        r++;
        histogramRow = r;
        List<Summary.Bin> bins = run.summary().histogram();
        long cumulative = 0;
        for (Summary.Bin b : bins) {
            cumulative += b.count();
            w.text(r, 0, Money.format(b.from()) + " to " + Money.format(b.to()), null);
            w.number(r, 1, b.from(), w.styles.money);
            w.number(r, 2, b.to(), w.styles.money);
            w.number(r, 3, b.count(), w.styles.whole);
            w.number(r, 4, (double) b.count() / run.samples(), w.styles.rate);
            w.number(r, 5, (double) cumulative / run.samples(), w.styles.rate);
            w.text(r, CHART_LABEL, compact((b.from() + b.to()) / 2), null);
            r++;
        }
        if (!bins.isEmpty()) {
            Charts.columns((org.apache.poi.xssf.usermodel.XSSFSheet) w.sheet, run.metricLabel() + " across "
                            + String.format("%,d", run.samples()) + " samples (" + Money.format(run.deterministic())
                            + " with every input at its value)", histogramRow, r - 1, CHART_LABEL, new int[] {3},
                    new String[] {"Samples"}, chartTop, CHART_ROWS, LAST_PRINTED + 1, 10, "#,##0");
        }
    }

    /** "£1.85m", "£850k", "(£0.20m)": short enough for forty labels under a chart. */
    static String compact(double pounds) {
        double a = Math.abs(pounds);
        String s;
        if (a >= 1e6) {
            s = String.format(java.util.Locale.UK, "£%.2fm", a / 1e6);
        } else if (a >= 1e3) {
            s = String.format(java.util.Locale.UK, "£%.0fk", a / 1e3);
        } else {
            s = String.format(java.util.Locale.UK, "£%.0f", a);
        }
        return pounds < 0 && !s.matches("£0(\\.00)?[mk]?") ? "(" + s + ")" : s;
    }

    private static String label(Input in) {
        return SheetWriter.shortened((in.group().isBlank() ? "" : in.group() + " — ") + in.label(), 1000);
    }

    private static int lines(String text, int widthChars) {
        return Math.max(1, (int) Math.ceil(text.length() / (widthChars * 1.15)));
    }

    private static void height(SheetWriter w, int r, int lines) {
        float h = Math.min(409, lines * 14.5f);
        if (lines > 1 && w.row(r).getHeightInPoints() < h) {
            w.row(r).setHeightInPoints(h);
        }
    }
}
