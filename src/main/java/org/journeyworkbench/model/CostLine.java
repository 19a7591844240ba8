package org.journeyworkbench.model;

/**
 * One line of an initiative's running or set-up costs: {@code quantity × unitCost}, borne by an agency.
 * With basis {@code PER_CASE} the quantity is per case taken on (a personal budget); with
 * {@code FIXED} it is a plain count (two probation officer posts, one training programme).
 *
 * @param source where the unit cost and quantity come from, and the year the unit cost is priced in
 */
public record CostLine(String id, String label, String agencyId, double unitCost, double quantity, Basis basis,
                       Provenance source) {
    public enum Basis { FIXED, PER_CASE }

    /** A line with no source given. */
    public CostLine(String id, String label, String agencyId, double unitCost, double quantity, Basis basis) {
        this(id, label, agencyId, unitCost, quantity, basis, Provenance.NONE);
    }

    public CostLine {
        Checks.id("cost line id", id);
        label = Checks.optionalText(label);
        Checks.id("costs[" + id + "].agency", agencyId);
        Checks.money("costs[" + id + "].unitCost", unitCost);
        Checks.cases("costs[" + id + "].quantity", quantity);
        if (basis == null) {
            throw new ModelException("costs[" + id + "].basis", "must be \"fixed\" or \"perCase\"");
        }
        source = Provenance.orNone(source);
    }

    /** The cost a year (or once, for set-up) given the cases the initiative takes on. */
    public double amount(double casesTakenOn) {
        return basis == Basis.PER_CASE ? unitCost * quantity * casesTakenOn : unitCost * quantity;
    }

    public CostLine withUnitCost(double v) {
        return new CostLine(id, label, agencyId, v, quantity, basis, source);
    }

    public CostLine withQuantity(double v) {
        return new CostLine(id, label, agencyId, unitCost, v, basis, source);
    }

    public CostLine withLabel(String v) {
        return new CostLine(id, v, agencyId, unitCost, quantity, basis, source);
    }

    public CostLine withAgency(String v) {
        return new CostLine(id, label, v, unitCost, quantity, basis, source);
    }

    public CostLine withBasis(Basis v) {
        return new CostLine(id, label, agencyId, unitCost, quantity, v, source);
    }

    public CostLine withSource(Provenance v) {
        return new CostLine(id, label, agencyId, unitCost, quantity, basis, v);
    }
}
