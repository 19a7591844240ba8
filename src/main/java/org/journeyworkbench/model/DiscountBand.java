package org.journeyworkbench.model;

/** From {@code fromYear} of the appraisal on, future values are discounted at {@code rate} a year. */
public record DiscountBand(int fromYear, double rate) {
    /** A rate above this is a typing slip (50 for 50%), not a discount rate. */
    public static final double MAX_RATE = 0.5;

    public DiscountBand {
        if (fromYear < 0) {
            throw new ModelException("fromYear", "a band cannot start before year 0 (it is " + fromYear + ")");
        }
        Checks.finite("rate", rate);
        if (rate < 0 || rate > MAX_RATE) {
            throw new ModelException("rate", "a discount rate must be between 0% and 50% (it is "
                    + Percent.format(rate) + ")");
        }
    }

    public DiscountBand withRate(double v) {
        return new DiscountBand(fromYear, v);
    }
}
