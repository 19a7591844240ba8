package org.journeyworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.engine.result.OptionResult.AgencyNpv;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;

/** {@code compare}: every option side by side as a table (options as columns) and as CSV. See docs/cli.md. */
final class OptionsText {
    /** Lines stay within about this width: more options than fit are wrapped into blocks, one under the other. */
    static final int MAX_WIDTH = 150;
    /** An option's name is wrapped onto at most this many heading lines (it is given in full under the table). */
    static final int MAX_NAME_LINES = 3;
    /** A column is never narrower than this, and widened up to {@link #MAX_NAME_WIDTH} to keep names short. */
    private static final int MIN_COLUMN = 12;
    private static final int MAX_NAME_WIDTH = 22;
    private static final int GAP = 2;
    private static final String INDENT = "  ";
    /** The scenarios' descriptions under the table are wrapped to this width, as prose. */
    private static final int TEXT_WIDTH = 100;

    private OptionsText() {
    }

    /** One line of the table: its label and how to show it for an option (null: a heading line, no figures). */
    private record Row(String label, Function<OptionResult, String> cell) {
    }

    /**
     * @param model the model with the --set changes made (for the heading: price base, period, rates)
     */
    static String table(JourneyModel model, List<OptionResult> options) {
        Appraisal settings = model.appraisal();
        StringBuilder sb = new StringBuilder();
        sb.append(model.name()).append('\n');
        if (!settings.priceBase().isBlank()) {
            sb.append("Price base: ").append(settings.priceBase()).append('\n');
        }
        sb.append("Appraisal period: ").append(AppraisalText.period(settings)).append('\n');
        boolean oneRate = AppraisalText.bandsUsed(settings).size() == 1;
        sb.append(oneRate ? "Discount rate: " : "Discount rates: ").append(AppraisalText.rates(settings))
                .append(oneRate ? " a year" : "").append('\n');

        List<Row> rows = rows(model);
        int labelWidth = 0;
        for (Row r : rows) {
            labelWidth = Math.max(labelWidth, r.label().length());
        }
        // Each option's column: as wide as its widest figure, its name wrapped to fit above it.
        List<List<String>> headings = new ArrayList<>();
        int[] widths = new int[options.size()];
        for (int k = 0; k < options.size(); k++) {
            OptionResult o = options.get(k);
            int figures = MIN_COLUMN;
            for (Row r : rows) {
                if (r.cell() != null) {
                    figures = Math.max(figures, r.cell().apply(o).length());
                }
            }
            List<String> heading = heading(o.name(), figures);
            headings.add(heading);
            int width = figures;
            for (String line : heading) {
                width = Math.max(width, line.length());
            }
            widths[k] = width + GAP;
        }

        int start = 0;
        while (start < options.size()) {
            int end = start + 1;
            int used = labelWidth + widths[start];
            while (end < options.size() && used + widths[end] <= MAX_WIDTH) {
                used += widths[end];
                end++;
            }
            block(sb, rows, labelWidth, options.subList(start, end), headings.subList(start, end), widths, start);
            start = end;
        }

        List<String> about = new ArrayList<>();
        for (OptionResult o : options) {
            if (!o.baseCase()) {
                about.add(o.description().isBlank() ? o.name() : o.name() + ": " + o.description());
            }
        }
        if (!about.isEmpty()) {
            sb.append('\n');
            for (String line : about) {
                List<String> wrapped = wrap(line, TEXT_WIDTH - INDENT.length());
                sb.append(wrapped.get(0)).append('\n');
                for (String more : wrapped.subList(1, wrapped.size())) {
                    sb.append(INDENT).append(more).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, List<Row> rows, int labelWidth, List<OptionResult> options,
                              List<List<String>> headings, int[] widths, int first) {
        String label = "%-" + labelWidth + "s";
        int lines = headings.stream().mapToInt(List::size).max().orElse(1);
        sb.append('\n');
        for (int h = 0; h < lines; h++) {
            StringBuilder line = new StringBuilder(String.format(label, ""));
            for (int k = 0; k < options.size(); k++) {
                List<String> heading = headings.get(k);
                int at = h - (lines - heading.size()); // names sit directly above their figures
                line.append(String.format("%" + widths[first + k] + "s", at >= 0 ? heading.get(at) : ""));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        for (Row r : rows) {
            StringBuilder line = new StringBuilder(String.format(label, r.label()));
            if (r.cell() != null) {
                for (int k = 0; k < options.size(); k++) {
                    line.append(String.format("%" + widths[first + k] + "s", r.cell().apply(options.get(k))));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static List<Row> rows(JourneyModel model) {
        Appraisal settings = model.appraisal();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Year 1 net saving", o -> Money.format(o.year1NetSaving())));
        rows.add(new Row("NPV", o -> Money.format(o.npv())));
        rows.add(new Row("Change in NPV from base case", o -> Money.format(o.deltaNpv())));
        rows.add(new Row("BCR", o -> o.bcr() == null ? "none" : String.format(Locale.ROOT, "%.2f", o.bcr())));
        rows.add(new Row("Discounted payback year",
                o -> o.paybackYear() == null ? "none" : Inputs.yearLabel(settings, o.paybackYear())));
        rows.add(new Row("Value for money", o -> o.valueForMoney() == null ? "none" : o.valueForMoney()));
        rows.add(new Row("", null));
        rows.add(new Row("NPV by agency", null));
        List<Agency> agencies = model.agencies();
        for (int a = 0; a < agencies.size(); a++) {
            int at = a;
            rows.add(new Row(INDENT + agencies.get(a).name(), o -> Money.format(agency(o, at).npv())));
        }
        rows.add(new Row("", null));
        rows.add(new Row("Change in NPV by agency", null));
        for (int a = 0; a < agencies.size(); a++) {
            int at = a;
            rows.add(new Row(INDENT + agencies.get(a).name(), o -> Money.format(agency(o, at).deltaNpv())));
        }
        return rows;
    }

    private static AgencyNpv agency(OptionResult o, int index) {
        return o.byAgency().get(index);
    }

    /**
     * An option's name as heading lines at most {@code figures} wide, or wider (up to a limit) when that saves
     * lines; past {@link #MAX_NAME_LINES} lines the last is cut short with an ellipsis.
     */
    static List<String> heading(String name, int figures) {
        int width = figures;
        List<String> lines = wrap(name, width);
        while (lines.size() > 2 && width < Math.max(figures, MAX_NAME_WIDTH)) {
            width++;
            lines = wrap(name, width);
        }
        if (lines.size() <= MAX_NAME_LINES) {
            return lines;
        }
        List<String> cut = new ArrayList<>(lines.subList(0, MAX_NAME_LINES));
        String last = cut.get(MAX_NAME_LINES - 1);
        cut.set(MAX_NAME_LINES - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
        return cut;
    }

    /**
     * Greedy word wrap to lines of at most {@code width}; a word longer than a line is broken after a hyphen,
     * or else where the line ends.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int hyphen = word.lastIndexOf('-', width - 1);
                int cut = hyphen > 0 ? hyphen + 1 : width; // after a hyphen when there is one to break at
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * One row an option: {@code name,year1NetSaving,npv,deltaNpv,bcr,paybackYear,valueForMoney}, then
     * {@code npv:AGENCY} for each agency in the model's order; money to the penny, empty for none.
     */
    static String csv(JourneyModel model, List<OptionResult> options) {
        StringBuilder sb = new StringBuilder("name,year1NetSaving,npv,deltaNpv,bcr,paybackYear,valueForMoney");
        for (Agency a : model.agencies()) {
            sb.append(',').append(SummaryText.csvText("npv:" + a.id()));
        }
        sb.append('\n');
        for (OptionResult o : options) {
            sb.append(SummaryText.csvText(o.name())).append(',').append(Money.plain(o.year1NetSaving())).append(',')
                    .append(Money.plain(o.npv())).append(',').append(Money.plain(o.deltaNpv())).append(',')
                    .append(o.bcr() == null ? "" : AppraisalText.number(o.bcr())).append(',')
                    .append(o.paybackYear() == null ? "" : o.paybackYear()).append(',')
                    .append(o.valueForMoney() == null ? "" : SummaryText.csvText(o.valueForMoney()));
            for (AgencyNpv g : o.byAgency()) {
                sb.append(',').append(Money.plain(g.npv()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
