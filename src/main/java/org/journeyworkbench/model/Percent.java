package org.journeyworkbench.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates are fractions inside the model and percentages wherever a person reads them. */
public final class Percent {
    private Percent() {
    }

    /** 0.45 -> "45%", 0.125 -> "12.5%". */
    public static String format(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return String.valueOf(fraction);
        }
        BigDecimal pct = BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return pct.toPlainString() + "%";
    }
}
