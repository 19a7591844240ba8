package org.journeyworkbench.engine.prices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;

/**
 * HM Treasury's GDP deflator, the index that restates a sum of money from its price year in another year's
 * prices: {@code value × index(base) / index(priceYear)}. Financial-year and calendar-year rows are two series,
 * each from its own release, and never mixed in one calculation. The bundled table is replaceable by a newer
 * release ({@link #use}); the one in use names itself ({@link #name()}).
 */
public final class Deflator {
    static final String BUNDLED = "/org/journeyworkbench/costs/gdp-deflator.csv";
    private static volatile Deflator inUse;
    private static volatile Deflator bundled;

    private final Series financial;
    private final Series calendar;
    private final String origin;

    /** One basis's years and index levels, from one release. */
    public record Series(boolean financial, String release, Map<Integer, Double> index) {
        public Series {
            index = Collections.unmodifiableMap(new TreeMap<>(index));
        }

        public boolean isEmpty() {
            return index.isEmpty();
        }

        /** "financial years 2000-01 to 2024-25". */
        public String coverage() {
            if (index.isEmpty()) {
                return "no " + (financial ? "financial" : "calendar") + " years";
            }
            TreeMap<Integer, Double> t = new TreeMap<>(index);
            return (financial ? "financial years " : "calendar years ") + label(t.firstKey()) + " to "
                    + label(t.lastKey());
        }

        private String label(int start) {
            return new PriceYear(start, financial).label();
        }
    }

    public Deflator(Series financial, Series calendar, String origin) {
        this.financial = Objects.requireNonNull(financial);
        this.calendar = Objects.requireNonNull(calendar);
        this.origin = origin == null ? "" : origin;
        if (financial.isEmpty() && calendar.isEmpty()) {
            throw new ModelException("deflator", "the table has no index levels");
        }
    }

    /** The table bundled in the workbench (HM Treasury, March 2026 and December 2025 releases). */
    public static Deflator bundled() {
        Deflator d = bundled;
        if (d == null) {
            try (InputStream in = Deflator.class.getResourceAsStream(BUNDLED)) {
                d = DeflatorTable.parse(new String(Objects.requireNonNull(in, BUNDLED).readAllBytes(),
                        StandardCharsets.UTF_8), "bundled with the workbench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = d;
        }
        return d;
    }

    /** The table the engine uprates with: the bundled one unless a user has pointed to a newer release. */
    public static Deflator inUse() {
        Deflator d = inUse;
        return d == null ? bundled() : d;
    }

    /** Uprates with {@code d} from now on (null: the bundled table again). */
    public static void use(Deflator d) {
        inUse = d;
    }

    public Series financial() {
        return financial;
    }

    public Series calendar() {
        return calendar;
    }

    public Series series(boolean isFinancial) {
        return isFinancial ? financial : calendar;
    }

    /** Where the table was read from: "bundled with the workbench" or a file's path. */
    public String origin() {
        return origin;
    }

    /** The release(s) in use, for the About box, the workbook's cover and {@code costs --help}. */
    public String name() {
        if (calendar.isEmpty()) {
            return financial.release() + " (financial years)";
        }
        if (financial.isEmpty()) {
            return calendar.release() + " (calendar years)";
        }
        if (financial.release().equals(calendar.release())) {
            return financial.release();
        }
        return financial.release() + " (financial years); " + calendar.release() + " (calendar years)";
    }

    /** "financial years 2000-01 to 2024-25, calendar years 1990 to 2024". */
    public String coverage() {
        return (financial.isEmpty() ? "" : financial.coverage())
                + (financial.isEmpty() || calendar.isEmpty() ? "" : ", ")
                + (calendar.isEmpty() ? "" : calendar.coverage());
    }

    public boolean covers(PriceYear y) {
        return y.isKnown() && series(y.financial()).index().containsKey(y.start());
    }

    /**
     * The index level of a year.
     *
     * @throws ModelException naming the years the table covers, when it has no level for {@code y}
     */
    public double index(PriceYear y) {
        if (!y.isKnown()) {
            throw new ModelException("priceYear", "no price year is given, so the cost cannot be uprated");
        }
        Double v = series(y.financial()).index().get(y.start());
        if (v == null) {
            throw new ModelException("priceYear", y.label() + " is outside the deflator table: it covers "
                    + series(y.financial()).coverage());
        }
        return v;
    }

    /**
     * {@code index(base) / index(priceYear)}: what a sum priced in {@code priceYear} is multiplied by to be in
     * {@code base} prices.
     *
     * @throws ModelException when either year is outside the table, or one is a financial year and the other a
     *                        calendar year (the two series come from different releases)
     */
    public double factor(PriceYear priceYear, PriceYear base) {
        requireSameBasis(priceYear, base);
        return index(base) / index(priceYear);
    }

    public double uprate(double value, PriceYear priceYear, PriceYear base) {
        return value * factor(priceYear, base);
    }

    static void requireSameBasis(PriceYear priceYear, PriceYear base) {
        if (priceYear.isKnown() && base.isKnown() && priceYear.financial() != base.financial()) {
            throw new ModelException("priceYear", priceYear.label() + " is a " + priceYear.basis()
                    + " year and the price base " + base.label() + " a " + base.basis() + " year; the deflator's "
                    + "two series come from different releases and are never mixed: write the price year as a "
                    + base.basis() + " year");
        }
    }

    /** The rows of one series, in year order, for the workbook's deflator table. */
    public List<Map.Entry<Integer, Double>> rows(boolean isFinancial) {
        return List.copyOf(series(isFinancial).index().entrySet());
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
