package org.journeyworkbench.ui.options;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.inputs.FinancialYears;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.ui.results.AppraisalFigures;

/**
 * Every option side by side as the Options view shows it, in words and figures: one row an option (the
 * base case first, then each scenario in the model's order) with its year-1 net saving, NPV, change in NPV
 * from the pinned baseline, BCR, payback year and value for money, its NPV by agency, and where its bar
 * goes in the chart of NPV by option. Plain Java, built from {@code Options(calc).compare()}; the view only
 * shows these texts.
 *
 * @param rows     one an option
 * @param agencies the agencies' names, in the model's order (the NPV-by-agency lines)
 * @param baseline the option the changes are from
 * @param editing  the option being edited
 * @param caption  the period, discount rates and prices the NPVs are over, and what the changes are from
 */
public record OptionsTable(List<Row> rows, List<String> agencies, String baseline, String editing, String caption) {
    public OptionsTable {
        rows = List.copyOf(rows);
        agencies = List.copyOf(agencies);
    }

    /** Nothing to show yet (a model that does not compute). */
    public static OptionsTable empty() {
        return new OptionsTable(List.of(), List.of(), Scenario.BASE_NAME, Scenario.BASE_NAME, "");
    }

    /**
     * One option.
     *
     * @param change      the NPV less the baseline's NPV
     * @param agencyNpv   NPV by agency, in {@link #agencies}' order
     * @param agencyChange each agency's NPV less the baseline's
     * @param npvValue    the NPV, unrounded (for the chart)
     * @param changeValue the change in NPV, unrounded
     * @param bar         where the option's bar lies on the chart of NPV by option
     */
    public record Row(String name, String description, boolean baseline, boolean editing, String year1NetSaving,
                      String npv, String change, String bcr, String payback, String valueForMoney,
                      List<String> agencyNpv, List<String> agencyChange, double npvValue, double changeValue,
                      Bar bar) {
        public Row {
            agencyNpv = List.copyOf(agencyNpv);
            agencyChange = List.copyOf(agencyChange);
        }

        /** Whether the NPV is below zero (shown in red). */
        public boolean npvNegative() {
            return npvValue < -0.5;
        }
    }

    /**
     * A bar of the chart of NPV by option, as fractions of the chart's width: from {@code from} to {@code to},
     * with the zero line at {@code zero}. A negative NPV's bar lies left of zero.
     */
    public record Bar(double from, double to, double zero) {
    }

    /**
     * @param options  {@code Options(calc).compare()}: the base case first
     * @param baseline the option to compare with; the base case when it is not among them
     * @param editing  the option being edited
     * @param settings the base case's appraisal settings (period, rates, prices, the first year's label)
     */
    public static OptionsTable of(List<OptionResult> options, String baseline, String editing, Appraisal settings) {
        OptionResult pinned = options.stream().filter(o -> o.name().equals(baseline)).findFirst()
                .orElse(options.isEmpty() ? null : options.get(0));
        if (pinned == null) {
            return empty();
        }
        String editingName = ScenarioEdits.isBase(editing) ? options.get(0).name() : editing;
        List<String> agencies = pinned.byAgency().stream().map(OptionResult.AgencyNpv::agency).toList();
        double low = 0;
        double high = 0;
        for (OptionResult o : options) {
            low = Math.min(low, o.npv());
            high = Math.max(high, o.npv());
        }
        double span = high - low;
        List<Row> rows = new ArrayList<>();
        for (OptionResult o : options) {
            List<String> npvs = new ArrayList<>();
            List<String> changes = new ArrayList<>();
            for (int a = 0; a < o.byAgency().size(); a++) {
                double v = o.byAgency().get(a).npv();
                npvs.add(Money.format(v));
                changes.add(Money.format(v - pinned.byAgency().get(a).npv()));
            }
            double change = o.npv() - pinned.npv();
            Bar bar = span <= 0 ? new Bar(0, 0, 0) : new Bar((Math.min(0, o.npv()) - low) / span,
                    (Math.max(0, o.npv()) - low) / span, -low / span);
            rows.add(new Row(o.name(), o.description(), o == pinned, o.name().equals(editingName),
                    Money.format(o.year1NetSaving()), Money.format(o.npv()), Money.format(change),
                    o.bcr() == null ? "none" : AppraisalFigures.ratio(o.bcr()), payback(o.paybackYear(), settings),
                    o.valueForMoney() == null ? "none" : o.valueForMoney(), npvs, changes, o.npv(), change, bar));
        }
        return new OptionsTable(rows, agencies, pinned.name(), editingName, caption(settings, pinned.name()));
    }

    /** "2013-14 (year 0)", "year 0" when the model names no first year, or "none". */
    public static String payback(Integer year, Appraisal settings) {
        if (year == null) {
            return "none";
        }
        if (settings.firstYear().isBlank()) {
            return "year " + year;
        }
        return FinancialYears.plus(settings.firstYear(), year) + " (year " + year + ")";
    }

    /** "NPVs over 5 years at 3.5%, in 2012-13 prices. Changes are from the base case." */
    static String caption(Appraisal settings, String baseline) {
        int years = settings.years();
        String prices = settings.priceBase().isBlank() ? "" : ", in " + settings.priceBase() + " prices";
        return "NPVs over " + years + (years == 1 ? " year" : " years") + " at "
                + AppraisalFigures.rates(settings, years) + prices + ". Changes are from "
                + (ScenarioEdits.isBase(baseline) ? "the base case" : "\u201C" + baseline + "\u201D") + ".";
    }

    /**
     * A name as a column heading of at most {@code lines} lines of about {@code width} characters each, broken
     * between words; the last line is cut short with "…" when the name is longer still.
     */
    public static String heading(String name, int width, int lines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        out.add(line.toString());
        if (out.size() > lines) {
            String rest = String.join(" ", out.subList(lines - 1, out.size()));
            out = new ArrayList<>(out.subList(0, lines - 1));
            String cut = rest.substring(0, Math.min(rest.length(), width - 1));
            int space = cut.lastIndexOf(' ');
            if (space > 0 && rest.length() > cut.length() && rest.charAt(cut.length()) != ' ') {
                cut = cut.substring(0, space); // between words, not inside one
            }
            out.add(cut.strip() + "\u2026");
        }
        return String.join("\n", out);
    }
}
