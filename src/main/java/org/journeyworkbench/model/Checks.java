package org.journeyworkbench.model;

/** Validation helpers for the records' compact constructors; each names the field it checks. */
public final class Checks {
    /** Larger than any public-sector budget: a figure above it is a typing slip, not an input. */
    public static final double MAX_MONEY = 1e12;
    public static final double MAX_CASES = 1e9;
    public static final int MIN_PRICE_YEAR = 1900;
    public static final int MAX_PRICE_YEAR = 2200;

    private Checks() {
    }

    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ModelException(field, "an id is required");
        }
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9_\\-]*")) {
            throw new ModelException(field, "\"" + value
                    + "\" is not a valid id: use letters, digits, '-' and '_' only, starting with a letter or digit");
        }
        return value;
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ModelException(field, "must not be empty");
        }
        return value.strip();
    }

    public static String optionalText(String value) {
        return value == null ? "" : value;
    }

    public static double money(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new ModelException(field, "a cost cannot be negative (it is " + plain(value) + ")");
        }
        if (value > MAX_MONEY) {
            throw new ModelException(field, "£" + plain(value) + " is far too large for a cost; check the figure");
        }
        return value;
    }

    public static double cases(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new ModelException(field, "a number of cases cannot be negative (it is " + plain(value) + ")");
        }
        if (value > MAX_CASES) {
            throw new ModelException(field, plain(value) + " is far too many cases; check the figure");
        }
        return value;
    }

    /** Rates are stored as fractions (0.45 = 45%). */
    public static double rate(String field, double value) {
        finite(field, value);
        if (value < 0 || value > 1) {
            throw new ModelException(field, "a rate must be between 0% and 100% (it is "
                    + Percent.format(value) + ")");
        }
        return value;
    }

    /** A price year is 0 (unknown) or a plausible year, 1900–2200. */
    public static int priceYear(String field, int year) {
        if (year != 0 && (year < MIN_PRICE_YEAR || year > MAX_PRICE_YEAR)) {
            throw new ModelException(field, year + " is not a plausible price year");
        }
        return year;
    }

    /**
     * The provenance of an input that is not money: a source only. {@code what} says what the input is, for
     * the message ("a rate").
     */
    public static Provenance sourceOnly(String field, Provenance p, String what) {
        Provenance out = Provenance.orNone(p);
        if (out.hasPriceYear()) {
            throw new ModelException(field + ".priceYear", what + " has no price year (only money has one)");
        }
        return out;
    }

    public static double finite(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new ModelException(field, "must be a number (it is " + value + ")");
        }
        return value;
    }

    /**
     * A number as a person writes it in a message: 1930, 0.45, and for the absurdly large or small that
     * bad input brings, "1 × 10^308" rather than 309 digits or Java's "1.0E308".
     */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e15 || a < 1e-6)) {
            int exponent = (int) Math.floor(Math.log10(a));
            double mantissa = v / Math.pow(10, exponent);
            if (Math.abs(mantissa) >= 9.995) {
                mantissa /= 10;
                exponent++;
            }
            String m = java.math.BigDecimal.valueOf(Math.round(mantissa * 100) / 100.0).stripTrailingZeros()
                    .toPlainString();
            return m + " × 10^" + exponent;
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
