package org.journeyworkbench.model;

/**
 * One line of an initiative's running or set-up costs: {@code quantity × unitCost}, borne by an agency.
 * With basis {@code PER_CASE} the quantity is per case taken on (a personal budget); with
 * {@code FIXED} it is a plain count (two probation officer posts, one training programme).
 */
public record CostLine(String id, String label, String agencyId, double unitCost, double quantity, Basis basis) {
    public enum Basis { FIXED, PER_CASE }

    public CostLine {
        Checks.id("cost line id", id);
        label = Checks.optionalText(label);
        Checks.id("costs[" + id + "].agency", agencyId);
        Checks.money("costs[" + id + "].unitCost", unitCost);
        Checks.cases("costs[" + id + "].quantity", quantity);
        if (basis == null) {
            throw new ModelException("costs[" + id + "].basis", "must be \"fixed\" or \"perCase\"");
        }
    }

    /** The cost a year (or once, for set-up) given the cases the initiative takes on. */
    public double amount(double casesTakenOn) {
        return basis == Basis.PER_CASE ? unitCost * quantity * casesTakenOn : unitCost * quantity;
    }

    public CostLine withUnitCost(double v) {
        return new CostLine(id, label, agencyId, v, quantity, basis);
    }

    public CostLine withQuantity(double v) {
        return new CostLine(id, label, agencyId, unitCost, v, basis);
    }
}
