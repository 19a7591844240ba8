package org.journeyworkbench.model;

/**
 * Where an input comes from, so a business case appendix can cite it: free text naming the source
 * ({@code "CLG Troubled Families cost database"}, {@code "Reconstruction (see notes)"}), for money the year its
 * prices are in, and, when it was picked from a unit-cost library, the library entry's id. {@link #NONE} means
 * nobody has said.
 *
 * @param source    where the figure comes from; empty when unknown
 * @param year      the year a sum of money is priced in (financial or calendar), or {@link PriceYear#NONE}
 * @param libraryId the unit-cost library entry it was picked from, or empty
 */
public record Provenance(String source, PriceYear year, String libraryId) {
    /** Nothing known. */
    public static final Provenance NONE = new Provenance("", PriceYear.NONE, "");

    public Provenance {
        source = source == null ? "" : source.strip();
        year = year == null ? PriceYear.NONE : year;
        libraryId = libraryId == null ? "" : libraryId.strip();
    }

    /** A source and a calendar price year (0: none), as model files before financial years held them. */
    public Provenance(String source, int priceYear) {
        this(source, priceYear == 0 ? PriceYear.NONE : PriceYear.calendar(priceYear), "");
    }

    /** A source with no price year (for rates, counts and shares). */
    public static Provenance of(String source) {
        return new Provenance(source, 0);
    }

    public static Provenance of(String source, int priceYear) {
        return new Provenance(source, priceYear);
    }

    public static Provenance of(String source, PriceYear year) {
        return new Provenance(source, year, "");
    }

    /** {@code p}, or {@link #NONE} for null: how the records read an absent provenance. */
    public static Provenance orNone(Provenance p) {
        return p == null ? NONE : p;
    }

    /** Whether nothing is known: no source, no price year, no library entry. */
    public boolean isEmpty() {
        return source.isEmpty() && !year.isKnown() && libraryId.isEmpty();
    }

    public boolean hasPriceYear() {
        return year.isKnown();
    }

    /** The (first) calendar year of the price year, or 0 when none is given. */
    public int priceYear() {
        return year.start();
    }

    /** Whether the figure was picked from a unit-cost library. */
    public boolean isLinked() {
        return !libraryId.isEmpty();
    }

    public Provenance withSource(String v) {
        return new Provenance(v, year, libraryId);
    }

    /** A calendar price year (0: none). */
    public Provenance withPriceYear(int v) {
        return withPriceYear(v == 0 ? PriceYear.NONE : PriceYear.calendar(v));
    }

    public Provenance withPriceYear(PriceYear v) {
        return new Provenance(source, v, libraryId);
    }

    public Provenance withLibraryId(String v) {
        return new Provenance(source, year, v);
    }

    /** "CLG Troubled Families cost database, 2012-13 prices". */
    public String citation() {
        return source + (year.isKnown() ? (source.isEmpty() ? "" : ", ") + year.label() + " prices" : "");
    }
}
