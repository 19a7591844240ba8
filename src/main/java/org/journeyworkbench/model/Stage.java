package org.journeyworkbench.model;

/**
 * A step of the standard journey at which one agency spends money on one case.
 *
 * @param provenance where the unit cost came from (e.g. "CLG TF cost database"), its price year, and the
 *                   library entry it was picked from
 * @param position   where the box sits on the canvas, or null before it is laid out
 */
public record Stage(String id, String name, String agencyId, double unitCost, Provenance provenance,
                    Position position) {
    public Stage {
        Checks.id("stage id", id);
        name = Checks.text("stages[" + id + "].name", name);
        Checks.id("stages[" + id + "].agency", agencyId);
        Checks.money("stages[" + id + "].unitCost", unitCost);
        provenance = Provenance.orNone(provenance);
    }

    /** A stage whose cost has a source and a calendar price year (0: none). */
    public Stage(String id, String name, String agencyId, double unitCost, String source, int priceYear,
                 Position position) {
        this(id, name, agencyId, unitCost, provenance(id, source, priceYear), position);
    }

    private static Provenance provenance(String id, String source, int priceYear) {
        Checks.priceYear("stages[" + id + "].priceYear", priceYear);
        return new Provenance(Checks.optionalText(source), priceYear);
    }

    /** Where the unit cost came from, or empty. */
    public String source() {
        return provenance.source();
    }

    /** The (first) calendar year of the price year, or 0 when none is given. */
    public int priceYear() {
        return provenance.priceYear();
    }

    public Stage withUnitCost(double value) {
        return new Stage(id, name, agencyId, value, provenance, position);
    }

    public Stage withName(String value) {
        return new Stage(id, value, agencyId, unitCost, provenance, position);
    }

    public Stage withAgency(String value) {
        return new Stage(id, name, value, unitCost, provenance, position);
    }

    /** A source and a calendar price year, dropping any library link. */
    public Stage withSource(String value, int year) {
        return new Stage(id, name, agencyId, unitCost, value, year, position);
    }

    public Stage withProvenance(Provenance value) {
        return new Stage(id, name, agencyId, unitCost, value, position);
    }

    public Stage withPosition(Position value) {
        return new Stage(id, name, agencyId, unitCost, provenance, value);
    }
}
