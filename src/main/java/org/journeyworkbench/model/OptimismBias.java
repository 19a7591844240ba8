package org.journeyworkbench.model;

/**
 * The Green Book's adjustment for appraisers' optimism: an uplift on costs (0.2 = costs 20% higher) and a
 * reduction of benefits (0.1 = benefits 10% lower).
 */
public record OptimismBias(double costs, double benefits) {
    /** Green Book supplementary guidance goes up to 200% on costs; anything above 1,000% is a slip. */
    public static final double MAX_COST_UPLIFT = 10;

    public OptimismBias {
        Checks.finite("costs", costs);
        if (costs < 0 || costs > MAX_COST_UPLIFT) {
            throw new ModelException("costs", "an optimism bias uplift on costs must be between 0% and 1,000% (it is "
                    + Percent.format(costs) + ")");
        }
        Checks.rate("benefits", benefits);
    }

    public static OptimismBias none() {
        return new OptimismBias(0, 0);
    }

    public OptimismBias withCosts(double v) {
        return new OptimismBias(v, benefits);
    }

    public OptimismBias withBenefits(double v) {
        return new OptimismBias(costs, v);
    }
}
