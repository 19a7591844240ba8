package org.journeyworkbench.ui.costs;

import org.journeyworkbench.engine.prices.UnitCost;

/** One library entry as the Unit Costs table shows it, its money already formatted. */
public record UnitCostRow(UnitCost entry, String value, String priceYear, String inPriceBase) {
    public String name() {
        return entry.name();
    }
}
