package org.journeyworkbench.model;

/**
 * A step of the standard journey at which one agency spends money on one case.
 *
 * @param source    where the unit cost came from (e.g. "CLG TF cost database")
 * @param priceYear the year the cost is priced in, or 0 when unknown
 * @param position  where the box sits on the canvas, or null before it is laid out
 */
public record Stage(String id, String name, String agencyId, double unitCost, String source, int priceYear,
                    Position position) {
    public Stage {
        Checks.id("stage id", id);
        name = Checks.text("stages[" + id + "].name", name);
        Checks.id("stages[" + id + "].agency", agencyId);
        Checks.money("stages[" + id + "].unitCost", unitCost);
        source = Checks.optionalText(source);
        Checks.priceYear("stages[" + id + "].priceYear", priceYear);
    }

    public Stage withUnitCost(double value) {
        return new Stage(id, name, agencyId, value, source, priceYear, position);
    }

    public Stage withName(String value) {
        return new Stage(id, value, agencyId, unitCost, source, priceYear, position);
    }

    public Stage withAgency(String value) {
        return new Stage(id, name, value, unitCost, source, priceYear, position);
    }

    public Stage withSource(String value, int year) {
        return new Stage(id, name, agencyId, unitCost, value, year, position);
    }

    /** The unit cost's source and price year, as every other input's are given. */
    public Provenance provenance() {
        return new Provenance(source, priceYear);
    }

    public Stage withPosition(Position value) {
        return new Stage(id, name, agencyId, unitCost, source, priceYear, value);
    }
}
