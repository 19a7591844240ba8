package org.journeyworkbench.cli;

import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.engine.result.TermValue;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;

/** The Cost/Benefit Summary as the slides print it, and as CSV. */
final class SummaryText {
    private SummaryText() {
    }

    /**
     * @param model the model with the scenario and --set overrides applied (for the appraisal period and rates)
     */
    static String table(JourneyModel model, Result result) {
        StringBuilder sb = new StringBuilder();
        sb.append(model.name()).append('\n');
        sb.append("Scenario: ").append(result.scenario()).append("\n\n");
        int first = Math.max(14, result.summary().rows().stream().mapToInt(r -> r.agency().length()).max().orElse(0));
        String rowFormat = "%-" + first + "s %15s %15s %15s %15s %15s%n";
        sb.append(String.format(rowFormat, CostBenefitSummary.COLUMNS.toArray()));
        for (SummaryRow r : result.summary().rows()) {
            sb.append(row(rowFormat, r));
        }
        sb.append(row(rowFormat, result.summary().total()));
        sb.append("\nLevel 1: ").append(result.level1().formula()).append(" = net system saving\n");
        AppraisalResult appraisal = result.appraisal();
        String npvLabel = "NPV over " + AppraisalText.count(appraisal.years().size()) + " ("
                + AppraisalText.rates(model.appraisal()) + ")";
        String bcrLabel = "BCR" + (appraisal.valueForMoney() == null ? ""
                : " (" + appraisal.valueForMoney() + " value for money)");
        int label = result.level1().terms().stream().mapToInt(t -> t.label().length()).max().orElse(0);
        label = Math.max(Math.max(label, 17), Math.max(npvLabel.length(), bcrLabel.length()));
        String line = "  %-5s %-" + label + "s %15s%n";
        for (TermValue t : result.level1().terms()) {
            sb.append(String.format(line, t.name(), t.label(), Money.format(t.value())));
        }
        sb.append(String.format(line, "", "Net system saving", Money.format(result.netSystemSaving())));
        sb.append(String.format(line, "", npvLabel, Money.format(appraisal.npv())));
        sb.append(String.format(line, "", bcrLabel, AppraisalText.bcr(appraisal)));
        warnings(sb, result);
        return sb.toString();
    }

    /** Each warning on its own line after a blank line, as compute and appraise print them. */
    static void warnings(StringBuilder sb, Result result) {
        for (String w : result.warnings()) {
            sb.append("\nWarning: ").append(w);
        }
        if (!result.warnings().isEmpty()) {
            sb.append('\n');
        }
    }

    private static String row(String format, SummaryRow r) {
        return String.format(format, r.agency(), Money.format(r.annualSaving()), Money.format(r.annualCost()),
                Money.format(r.annualImpact()), Money.format(r.setUpCosts()), Money.format(r.year1Impact()));
    }

    static String csv(Result result) {
        StringBuilder sb = new StringBuilder(String.join(",", CostBenefitSummary.CSV_COLUMNS)).append('\n');
        for (SummaryRow r : result.summary().rows()) {
            sb.append(csvRow(r));
        }
        sb.append(csvRow(result.summary().total()));
        return sb.toString();
    }

    private static String csvRow(SummaryRow r) {
        return csvText(r.agency()) + "," + Money.plain(r.annualSaving()) + "," + Money.plain(r.annualCost()) + ","
                + Money.plain(r.annualImpact()) + "," + Money.plain(r.setUpCosts()) + ","
                + Money.plain(r.year1Impact()) + "\n";
    }

    /**
     * Quotes a text with a comma, quote, CR or LF in it. A = + - @ or tab that starts the text, or follows
     * any of those four, is defused with a single quote, so a spreadsheet keeps it text even when its import
     * splits the field there ({@code Police\r=1+1}).
     */
    static String csvText(String s) {
        StringBuilder t = new StringBuilder(s.length() + 4);
        boolean fieldStart = true;
        boolean quote = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (fieldStart && "=+-@\t".indexOf(c) >= 0) {
                t.append('\'');
            }
            boolean separator = c == ',' || c == '"' || c == '\r' || c == '\n';
            quote |= separator;
            t.append(c == '"' ? "\"\"" : String.valueOf(c));
            fieldStart = separator;
        }
        return quote ? "\"" + t + "\"" : t.toString();
    }
}
