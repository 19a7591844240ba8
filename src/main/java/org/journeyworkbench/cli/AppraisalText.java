package org.journeyworkbench.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.result.AppraisalResult.AgencyAppraisal;
import org.journeyworkbench.engine.result.AppraisalResult.AppraisalYear;
import org.journeyworkbench.engine.inputs.FinancialYears;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;

/** The appraisal over the years as a table (years as columns, in blocks) and as CSV. See docs/cli.md. */
final class AppraisalText {
    /** At most this many years side by side, so that a long period stays readable. */
    static final int MAX_YEARS_PER_BLOCK = 8;
    /** Fewer years to a block when the figures are so wide that a block would pass this width. */
    static final int MAX_WIDTH = 150;

    private static final String[] ROW_NAMES = {"Benefits", "Costs", "Net", "Discount factor", "Present value",
            "Cumulative PV"};

    private AppraisalText() {
    }

    /**
     * @param applied the model with the scenario and --set overrides applied (for the period and the rates)
     */
    static String table(JourneyModel applied, Result result) {
        AppraisalResult a = result.appraisal();
        Appraisal settings = applied.appraisal();
        StringBuilder sb = new StringBuilder();
        sb.append(applied.name()).append('\n');
        sb.append("Scenario: ").append(result.scenario()).append('\n');
        if (!a.priceBase().isBlank()) {
            sb.append("Price base: ").append(a.priceBase()).append('\n');
        }
        if (!a.firstYear().isBlank()) {
            sb.append("First year: ").append(a.firstYear()).append(" (year 0)\n");
        }
        sb.append("Appraisal period: ").append(period(a)).append('\n');
        List<DiscountBand> used = bandsUsed(settings);
        sb.append(used.size() == 1 ? "Discount rate: " : "Discount rates: ").append(rates(settings))
                .append(used.size() == 1 ? " a year" : "").append('\n');

        List<Function<AppraisalYear, String>> cells = List.of(y -> Money.format(y.benefits()),
                y -> Money.format(y.costs()), y -> Money.format(y.net()),
                y -> String.format(Locale.ROOT, "%.4f", y.discountFactor()), y -> Money.format(y.presentValue()),
                y -> Money.format(y.cumulativePresentValue()));
        int labelWidth = 0;
        for (String name : ROW_NAMES) {
            labelWidth = Math.max(labelWidth, name.length());
        }
        int columnWidth = 10;
        for (AppraisalYear y : a.years()) {
            columnWidth = Math.max(columnWidth, y.label().length());
            for (Function<AppraisalYear, String> cell : cells) {
                columnWidth = Math.max(columnWidth, cell.apply(y).length());
            }
        }
        columnWidth += 2;
        int perBlock = Math.max(1, Math.min(MAX_YEARS_PER_BLOCK, (MAX_WIDTH - labelWidth) / columnWidth));
        String label = "%-" + labelWidth + "s";
        String column = "%" + columnWidth + "s";
        for (int start = 0; start < a.years().size(); start += perBlock) {
            List<AppraisalYear> block = a.years().subList(start, Math.min(a.years().size(), start + perBlock));
            sb.append('\n').append(String.format(label, ""));
            for (AppraisalYear y : block) {
                sb.append(String.format(column, y.label()));
            }
            sb.append('\n');
            for (int r = 0; r < ROW_NAMES.length; r++) {
                sb.append(String.format(label, ROW_NAMES[r]));
                for (AppraisalYear y : block) {
                    sb.append(String.format(column, cells.get(r).apply(y)));
                }
                sb.append('\n');
            }
        }

        sb.append('\n');
        String measure = "%-26s %s%n";
        sb.append(String.format(measure, "PV benefits", Money.format(a.pvBenefits())));
        sb.append(String.format(measure, "PV costs", Money.format(a.pvCosts())));
        sb.append(String.format(measure, "NPV", Money.format(a.npv())));
        sb.append(String.format(measure, "BCR", bcr(a)));
        sb.append(String.format(measure, "Discounted payback year", payback(a)));
        sb.append(String.format(measure, "Value for money", valueForMoney(a)));

        sb.append('\n');
        int first = Math.max(14, a.byAgency().stream().mapToInt(g -> g.agency().length()).max().orElse(0));
        String agencyRow = "%-" + first + "s %15s %15s %15s%n";
        sb.append(String.format(agencyRow, "NPV by agency", "PV benefits", "PV costs", "NPV"));
        for (AgencyAppraisal g : a.byAgency()) {
            sb.append(String.format(agencyRow, g.agency(), Money.format(g.pvBenefits()), Money.format(g.pvCosts()),
                    Money.format(g.npv())));
        }
        sb.append(String.format(agencyRow, "Total", Money.format(a.pvBenefits()), Money.format(a.pvCosts()),
                Money.format(a.npv())));
        SummaryText.warnings(sb, result);
        return sb.toString();
    }

    /** "5 years (2013-14 to 2017-18)", "5 years (year 0 to year 4)", "1 year (2013-14)". */
    static String period(AppraisalResult a) {
        int n = a.years().size();
        if (n == 0) {
            return "no years";
        }
        String from = a.years().get(0).label();
        String to = a.years().get(n - 1).label();
        return count(n) + " (" + from + (n == 1 ? "" : " to " + to) + ")";
    }

    /** The same from the settings alone, when there is no appraisal result to hand (compare). */
    static String period(Appraisal settings) {
        int n = settings.years();
        if (n <= 0) {
            return "no years";
        }
        String from = yearLabel(settings, 0);
        return count(n) + " (" + from + (n == 1 ? "" : " to " + yearLabel(settings, n - 1)) + ")";
    }

    /** A year's column heading, as the engine labels its years: "2013-14", or "Year 0". */
    private static String yearLabel(Appraisal settings, int year) {
        String first = settings.firstYear();
        return first.isBlank() ? "Year " + year : FinancialYears.plus(first, year);
    }

    /** "5 years", "1 year". */
    static String count(int years) {
        return years + (years == 1 ? " year" : " years");
    }

    /** The bands that apply within the period. */
    static List<DiscountBand> bandsUsed(Appraisal settings) {
        List<DiscountBand> used = new ArrayList<>();
        for (DiscountBand b : settings.discountRates()) {
            if (b.fromYear() < settings.years() || used.isEmpty()) {
                used.add(b);
            }
        }
        return used;
    }

    /** "3.5%"; over a long period "3.5% to year 30, 3% years 31-75, 2.5% from year 76". */
    static String rates(Appraisal settings) {
        List<DiscountBand> used = bandsUsed(settings);
        if (used.size() == 1) {
            return Percent.format(used.get(0).rate());
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < used.size(); k++) {
            DiscountBand b = used.get(k);
            String rate = Percent.format(b.rate());
            if (k == used.size() - 1) {
                parts.add(rate + " from year " + b.fromYear());
            } else {
                int last = used.get(k + 1).fromYear() - 1;
                parts.add(rate + (k == 0 ? " to year " + last : " years " + b.fromYear() + "-" + last));
            }
        }
        return String.join(", ", parts);
    }

    /** "1.87", or "none" when there are no costs. */
    static String bcr(AppraisalResult a) {
        return a.bcr() == null ? "none" : String.format(Locale.ROOT, "%.2f", a.bcr());
    }

    /** "year 2 (2015-16)", "year 2" when the years have no labels of their own, or "none within the period". */
    static String payback(AppraisalResult a) {
        Integer year = a.paybackYear();
        if (year == null) {
            return "none within the period";
        }
        String label = year < a.years().size() ? a.years().get(year).label() : "";
        return "year " + year + (label.isBlank() || label.equalsIgnoreCase("year " + year) ? "" : " (" + label + ")");
    }

    /** "High", or "none (no costs)" when there is no BCR. */
    static String valueForMoney(AppraisalResult a) {
        return a.valueForMoney() == null ? "none (no costs)" : a.valueForMoney();
    }

    static String csv(AppraisalResult a) {
        StringBuilder sb = new StringBuilder(
                "year,label,benefits,costs,net,discountFactor,presentValue,cumulativePresentValue\n");
        for (AppraisalYear y : a.years()) {
            sb.append(y.year()).append(',').append(SummaryText.csvText(y.label())).append(',')
                    .append(Money.plain(y.benefits())).append(',').append(Money.plain(y.costs())).append(',')
                    .append(Money.plain(y.net())).append(',').append(number(y.discountFactor())).append(',')
                    .append(Money.plain(y.presentValue())).append(',')
                    .append(Money.plain(y.cumulativePresentValue())).append('\n');
        }
        sb.append("\nmeasure,value\n");
        sb.append("pvBenefits,").append(Money.plain(a.pvBenefits())).append('\n');
        sb.append("pvCosts,").append(Money.plain(a.pvCosts())).append('\n');
        sb.append("npv,").append(Money.plain(a.npv())).append('\n');
        sb.append("bcr,").append(a.bcr() == null ? "" : number(a.bcr())).append('\n');
        sb.append("paybackYear,").append(a.paybackYear() == null ? "" : a.paybackYear()).append('\n');
        sb.append("valueForMoney,").append(a.valueForMoney() == null ? "" : SummaryText.csvText(a.valueForMoney()))
                .append('\n');
        sb.append("\nagencyId,agency,pvBenefits,pvCosts,npv\n");
        for (AgencyAppraisal g : a.byAgency()) {
            sb.append(SummaryText.csvText(g.agencyId())).append(',').append(SummaryText.csvText(g.agency()))
                    .append(',').append(Money.plain(g.pvBenefits())).append(',').append(Money.plain(g.pvCosts()))
                    .append(',').append(Money.plain(g.npv())).append('\n');
        }
        return sb.toString();
    }

    /** Unrounded, never in exponent notation: 0.9661835748792271. */
    static String number(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).toPlainString() : "";
    }
}
