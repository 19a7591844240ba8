package org.journeyworkbench.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a sum of money is priced in: a financial year ({@code 2010-11}, April to March) or a calendar year
 * ({@code 2012}). The two are kept apart because HM Treasury publishes them as separate deflator series.
 * {@code 2010/11} and {@code 2010-11} are the same financial year; a plain {@code 2012} is a calendar year.
 * {@link #NONE} means nobody has said.
 *
 * @param start     the (first) calendar year, 1900–2200, or 0 for none
 * @param financial whether it is the financial year starting in April of {@code start}
 */
public record PriceYear(int start, boolean financial) {
    public static final PriceYear NONE = new PriceYear(0, false);
    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})\\s*[-/–]\\s*(\\d{2}|\\d{4})");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");

    public PriceYear {
        Checks.priceYear("priceYear", start);
        financial = start != 0 && financial;
    }

    public static PriceYear calendar(int year) {
        return new PriceYear(year, false);
    }

    public static PriceYear financial(int startYear) {
        return new PriceYear(startYear, true);
    }

    /**
     * Reads {@code 2010-11}, {@code 2010/11}, {@code 2010/2011} (financial) or {@code 2012} (calendar); blank
     * is {@link #NONE}.
     *
     * @throws ModelException (field "priceYear") saying how to write one
     */
    public static PriceYear parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return NONE;
        }
        Matcher f = FINANCIAL.matcher(s);
        if (f.matches()) {
            int start = Integer.parseInt(f.group(1));
            int end = Integer.parseInt(f.group(2));
            int expected = f.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
            if (end != expected) {
                throw new ModelException("priceYear", "\"" + s + "\" is not a financial year: the second year "
                        + "follows the first, as in " + start + "-" + String.format("%02d", (start + 1) % 100));
            }
            return financial(start);
        }
        if (CALENDAR.matcher(s).matches()) {
            return calendar(Integer.parseInt(s));
        }
        throw new ModelException("priceYear", "\"" + s + "\" is not a year: write a financial year such as "
                + "2012-13 or a calendar year such as 2012");
    }

    public boolean isKnown() {
        return start != 0;
    }

    /** {@code 2010-11} for a financial year, {@code 2012} for a calendar year, empty for none. */
    public String label() {
        if (start == 0) {
            return "";
        }
        return financial ? start + "-" + String.format("%02d", (start + 1) % 100) : String.valueOf(start);
    }

    /** "financial" or "calendar", for messages. */
    public String basis() {
        return financial ? "financial" : "calendar";
    }

    @Override
    public String toString() {
        return label();
    }
}
