package org.journeyworkbench.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Counts of cases as people read them: "56", "105.6", "1,250". */
public final class Figures {
    private Figures() {
    }

    public static String cases(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            return "0";
        }
        DecimalFormat f = new DecimalFormat(d.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(d);
    }
}
