package org.journeyworkbench.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money is computed in double and rounded only here, where it is shown: whole pounds with thousands
 * separators, negatives in brackets, as the slides print them: {@code £1,029,854}, {@code (£570,750)}.
 */
public final class Money {
    private Money() {
    }

    /** 166604.4 -> "£166,604"; -570750 -> "(£570,750)". Rounds half away from zero, as a spreadsheet does. */
    public static String format(double pounds) {
        if (Double.isNaN(pounds) || Double.isInfinite(pounds)) {
            return "—";
        }
        BigDecimal whole = BigDecimal.valueOf(pounds).setScale(0, RoundingMode.HALF_UP);
        String digits = grouped().format(whole.abs());
        return whole.signum() < 0 ? "(£" + digits + ")" : "£" + digits;
    }

    /** With pence, for unit costs that are not whole pounds: "£48,675.50"; whole pounds stay "£542". */
    public static String formatUnit(double pounds) {
        BigDecimal pence = BigDecimal.valueOf(pounds).setScale(2, RoundingMode.HALF_UP);
        if (pence.stripTrailingZeros().scale() <= 0) {
            return format(pounds);
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = f.format(pence.abs());
        return pence.signum() < 0 ? "(£" + digits + ")" : "£" + digits;
    }

    /** Plain number rounded to the penny with a minus sign, for CSV: -570750.00. */
    public static String plain(double pounds) {
        BigDecimal pence = BigDecimal.valueOf(pounds).setScale(2, RoundingMode.HALF_UP);
        if (pence.signum() == 0) {
            pence = pence.abs();
        }
        return pence.toPlainString();
    }

    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    }
}
