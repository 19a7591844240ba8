package org.journeyworkbench.ui.costs;

import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.PriceBase;
import org.journeyworkbench.engine.prices.UnitCost;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Provenance;

/** How a cost is cited beside the figure it backs: source, price year, uprating and library credit. */
public final class Citations {
    private Citations() {
    }

    /**
     * "Source: GMCA … CR7.0 …, 2006-07 prices\n£593 in 2006-07 prices is £671 in 2012-13 prices (GDP deflator)\n
     * Library entry gmca-cr7-0. Contains data from the GMCA Unit Cost Database, licensed under CC BY 4.0".
     */
    public static String of(JourneyModel m, double value, Provenance p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.source().isEmpty() && !p.hasPriceYear() ? "No source given" : "Source: " + (p.source().isEmpty()
                ? "not given" : p.source()) + (p.hasPriceYear() ? ", " + p.year().label() + " prices" : ""));
        PriceBase base = PriceBase.of(m, Deflator.inUse());
        if (base.uprates(p.year())) {
            sb.append('\n').append(Money.formatUnit(value)).append(" in ").append(p.year().label())
                    .append(" prices is ").append(Money.formatUnit(value * base.factor(p.year()))).append(" in ")
                    .append(base.year().label()).append(" prices (GDP deflator)");
        } else if (base.problem(p.year()) != null) {
            sb.append("\nNot uprated: ").append(base.problem(p.year()));
        }
        if (p.isLinked()) {
            sb.append("\nLibrary entry ").append(p.libraryId());
            UnitCost entry = UnitCostLibrary.inUse().find(p.libraryId()).orElse(null);
            if (entry != null && !entry.attribution().isEmpty()) {
                sb.append(". ").append(entry.attribution());
            }
        }
        return sb.toString();
    }
}
