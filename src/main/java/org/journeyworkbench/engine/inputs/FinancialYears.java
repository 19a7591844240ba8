package org.journeyworkbench.engine.inputs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Labels of appraisal years: "2013-14" plus 2 is "2015-16"; a plain "2013" plus 2 is "2015". */
public final class FinancialYears {
    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})([-/])(\\d{2}|\\d{4})");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");

    private FinancialYears() {
    }

    /** The label {@code years} after {@code first}, or "first + N" when the label is not a year. */
    public static String plus(String first, int years) {
        String s = first.strip();
        Matcher f = FINANCIAL.matcher(s);
        if (f.matches()) {
            int start = Integer.parseInt(f.group(1)) + years;
            String end = String.valueOf(start + 1);
            return start + f.group(2) + (f.group(3).length() == 2 ? end.substring(2) : end);
        }
        if (CALENDAR.matcher(s).matches()) {
            return String.valueOf(Integer.parseInt(s) + years);
        }
        return years == 0 ? s : s + " + " + years;
    }
}
