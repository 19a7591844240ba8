package org.journeyworkbench.engine.prices;

import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;

/**
 * The model's price base ({@code appraisal.priceBase}) with the deflator in use: which costs are uprated to it
 * and why one cannot be. A cost is uprated when its price year is known and differs from the base, and both are
 * years of the same series in the table; otherwise it is used as entered and the checks say why.
 */
public final class PriceBase {
    private final Deflator deflator;
    private final PriceYear base;
    private final String stated;
    private final String baseProblem;

    private PriceBase(Deflator deflator, String stated) {
        this.deflator = deflator;
        this.stated = stated == null ? "" : stated.strip();
        PriceYear parsed = PriceYear.NONE;
        String problem = null;
        if (this.stated.isEmpty()) {
            problem = "the model states no price base (Appraisal: price base), so no cost is uprated";
        } else {
            try {
                parsed = PriceYear.parse(this.stated);
                if (!deflator.covers(parsed)) {
                    problem = "the price base " + parsed.label() + " is outside the deflator table (it covers "
                            + deflator.series(parsed.financial()).coverage() + "), so no cost is uprated";
                    parsed = PriceYear.NONE;
                }
            } catch (ModelException e) {
                problem = "the price base \"" + this.stated + "\" is not a year such as 2012-13, so no cost is uprated";
            }
        }
        this.base = parsed;
        this.baseProblem = problem;
    }

    public static PriceBase of(JourneyModel model, Deflator deflator) {
        return new PriceBase(deflator, model.appraisal().priceBase());
    }

    public static PriceBase of(String stated, Deflator deflator) {
        return new PriceBase(deflator, stated);
    }

    public Deflator deflator() {
        return deflator;
    }

    /** The base as a year, or {@link PriceYear#NONE} when the model states none the table covers. */
    public PriceYear year() {
        return base;
    }

    /** Why nothing is uprated, or null when the base is a year in the table. */
    public String baseProblem() {
        return baseProblem;
    }

    /** Whether a cost priced in {@code y} is restated in the base's prices. */
    public boolean uprates(PriceYear y) {
        return base.isKnown() && y.isKnown() && !y.equals(base) && y.financial() == base.financial()
                && deflator.covers(y);
    }

    /** {@code index(base) / index(y)}, or 1 when the cost is used as entered. */
    public double factor(PriceYear y) {
        return uprates(y) ? deflator.factor(y, base) : 1;
    }

    /**
     * Why a cost priced in {@code y} is used as entered although it may not be in the base's prices, or null
     * (uprated, or already in the base's prices, or no price year: a separate check).
     */
    public String problem(PriceYear y) {
        if (!base.isKnown() || !y.isKnown() || y.equals(base)) {
            return null;
        }
        if (y.financial() != base.financial()) {
            return y.label() + " is a " + y.basis() + " year and the price base " + base.label() + " a "
                    + base.basis() + " year; the deflator's two series come from different releases and are never "
                    + "mixed, so it is used as entered: write its price year as a " + base.basis() + " year";
        }
        if (!deflator.covers(y)) {
            return y.label() + " is outside the deflator table (it covers "
                    + deflator.series(y.financial()).coverage() + "), so it cannot be uprated and is used as entered";
        }
        return null;
    }
}
