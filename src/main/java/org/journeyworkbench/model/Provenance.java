package org.journeyworkbench.model;

/**
 * Where an input comes from, so a business case appendix can cite it: free text naming the source
 * ({@code "CLG Troubled Families cost database"}, {@code "Reconstruction (see notes)"}) and, for money, the
 * year its prices are in. {@link #NONE} (no source, price year 0) means nobody has said.
 *
 * @param source    where the figure comes from; empty when unknown
 * @param priceYear the year a sum of money is priced in, 1900–2200, or 0 when unknown or not money
 */
public record Provenance(String source, int priceYear) {
    /** Nothing known. */
    public static final Provenance NONE = new Provenance("", 0);

    public Provenance {
        source = source == null ? "" : source.strip();
        Checks.priceYear("priceYear", priceYear);
    }

    /** A source with no price year (for rates, counts and shares). */
    public static Provenance of(String source) {
        return new Provenance(source, 0);
    }

    public static Provenance of(String source, int priceYear) {
        return new Provenance(source, priceYear);
    }

    /** {@code p}, or {@link #NONE} for null: how the records read an absent provenance. */
    public static Provenance orNone(Provenance p) {
        return p == null ? NONE : p;
    }

    /** Whether nothing is known: no source and no price year. */
    public boolean isEmpty() {
        return source.isEmpty() && priceYear == 0;
    }

    public boolean hasPriceYear() {
        return priceYear != 0;
    }

    public Provenance withSource(String v) {
        return new Provenance(v, priceYear);
    }

    public Provenance withPriceYear(int v) {
        return new Provenance(source, v);
    }
}
