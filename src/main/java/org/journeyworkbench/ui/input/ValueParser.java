package org.journeyworkbench.ui.input;

import java.math.BigDecimal;
import java.util.Locale;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;

/**
 * Reads what a person types into a number field: "£1,930", "1,930", "45%" or "45" for a rate (rates are
 * always typed as percentages), "(500)" as minus 500. Says what is wrong in plain words. Plain Java,
 * tested without JavaFX.
 */
public final class ValueParser {
    /** The value, or the problem with what was typed. */
    public record Parsed(Double value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private ValueParser() {
    }

    public static Parsed parse(String typed, InputKind kind) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return new Parsed(null, "type a number");
        }
        String cleaned = s.replace(",", "").replace("£", "").replace("%", "").replace(" ", "");
        boolean bracketed = cleaned.startsWith("(") && cleaned.endsWith(")");
        if (bracketed) {
            cleaned = "-" + cleaned.substring(1, cleaned.length() - 1);
        }
        double v;
        try {
            if (!cleaned.matches("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)")) {
                throw new NumberFormatException();
            }
            v = new BigDecimal(cleaned).doubleValue();
        } catch (NumberFormatException e) {
            return new Parsed(null, "\"" + s + "\" is not a number");
        }
        switch (kind) {
            case RATE -> {
                if (v < 0 || v > 100) {
                    return new Parsed(null, "a rate must be between 0% and 100%");
                }
                return new Parsed(v / 100, null);
            }
            case MULTIPLIER -> {
                if (v < 0 || v > 1000) {
                    return new Parsed(null, "must be between 0% and 1,000%");
                }
                return new Parsed(v / 100, null);
            }
            case MONEY -> {
                if (v < 0) {
                    return new Parsed(null, "a cost cannot be negative");
                }
                return new Parsed(v, null);
            }
            case YEARS -> {
                if (v < 1 || v != Math.rint(v)) {
                    return new Parsed(null, "give a whole number of years, 1 or more");
                }
                return new Parsed(v, null);
            }
            case SWITCH -> {
                if (v != 0 && v != 1) {
                    return new Parsed(null, "must be 1 (on) or 0 (off)");
                }
                return new Parsed(v, null);
            }
            default -> {
                if (v < 0) {
                    return new Parsed(null, "a number of cases cannot be negative");
                }
                return new Parsed(v, null);
            }
        }
    }

    /** How a value is shown in its field: "£1,930", "45%", "56". */
    public static String format(double value, InputKind kind) {
        return switch (kind) {
            case MONEY -> Money.formatUnit(value);
            case RATE, MULTIPLIER -> Percent.format(value);
            case COUNT, YEARS, SWITCH -> plain(value);
        };
    }

    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.UK, "%,d", (long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
