package org.journeyworkbench.ui.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;

/**
 * What the results say about the appraisal, in words and figures: "£1,852,931" captioned "NPV over 5 years ·
 * 3.5%", "2.41" captioned "BCR · High value for money", and when it pays back. Plain Java, tested without
 * JavaFX; the figures come from the result, the discount rates from the appraisal settings it was computed
 * with (the scenario's, where it overrides them).
 *
 * @param npv           the NPV, whole pounds, negatives in brackets
 * @param npvCaption    the period and the discount rates that applied in it
 * @param npvNote       the scenario and the price base
 * @param bcr           the BCR to two places, or "none" when nothing is spent over the period
 * @param bcrCaption    the value for money category, or why there is no BCR
 * @param bcrNote       what it divides: "£3,150,412 ÷ £1,297,481"
 * @param payback       when the cumulative discounted net first reaches zero, or that it does not
 * @param npvNegative   whether the NPV is below zero (shown in red)
 * @param poorValue     whether the BCR is below 1 (shown in red)
 */
public record AppraisalFigures(String npv, String npvCaption, String npvNote, String bcr, String bcrCaption,
                               String bcrNote, String payback, boolean npvNegative, boolean poorValue) {

    /**
     * @param settings the appraisal settings the result was computed with
     * @param scenario the name of the scenario the result is of
     */
    public static AppraisalFigures of(AppraisalResult a, Appraisal settings, String scenario) {
        int years = a.years().size();
        String npvCaption = "NPV over " + years(years) + " · " + rates(settings, years);
        String bcr;
        String bcrCaption;
        if (a.bcr() == null) {
            bcr = "none";
            bcrCaption = "BCR · nothing is spent over the period";
        } else {
            bcr = ratio(a.bcr());
            bcrCaption = "BCR · " + (a.valueForMoney() == null ? "" : a.valueForMoney() + " value for money");
        }
        String npvNote = scenario + (a.priceBase() == null || a.priceBase().isBlank() ? ""
                : " · " + a.priceBase() + " prices");
        String bcrNote = Money.format(a.pvBenefits()) + " ÷ " + Money.format(a.pvCosts());
        return new AppraisalFigures(Money.format(a.npv()), npvCaption, npvNote, bcr, bcrCaption, bcrNote,
                payback(a), a.npv() < -0.5, a.bcr() != null && a.bcr() < 1);
    }

    /** "Pays back in 2014-15 (year 1)", "Pays back in year 0", or "Does not pay back within 5 years". */
    static String payback(AppraisalResult a) {
        Integer year = a.paybackYear();
        if (year == null) {
            return "Does not pay back within " + years(a.years().size());
        }
        String label = year < a.years().size() ? a.years().get(year).label() : "";
        String plain = "year " + year;
        return label.isBlank() || label.equalsIgnoreCase(plain) ? "Pays back in " + plain
                : "Pays back in " + label + " (" + plain + ")";
    }

    /** "1 year", "5 years". */
    static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }

    /** The rates of the bands that apply within the period: "3.5%", or "3.5%, 3% from year 31". */
    public static String rates(Appraisal settings, int years) {
        List<String> parts = new ArrayList<>();
        for (DiscountBand band : settings.discountRates()) {
            if (band.fromYear() >= Math.max(years, 1)) {
                break;
            }
            parts.add(Percent.format(band.rate()) + (band.fromYear() == 0 ? "" : " from year " + band.fromYear()));
        }
        return String.join(", ", parts);
    }

    /** A ratio to two places with thousands separators: 2.4149 -> "2.41". */
    public static String ratio(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "none";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP));
    }
}
