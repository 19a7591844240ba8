package org.journeyworkbench.model;

/**
 * How unsure an input is: a range of values it may take, and how likely each is. Values are in the input's
 * own units (pounds, cases, and rates as fractions: 0.25 = 25%). Only the shape and its parameters live
 * here; the engine truncates a normal or lognormal to the input's valid range and samples it
 * ({@code engine.uncertainty}).
 */
public sealed interface Distribution {
    /** The name written in the file and typed on the command line: "triangular". */
    String kind();

    /** The parameters in the order they are typed: triangular(low, mode, high). */
    double[] parameters();

    /** The value it is centred on: the mode, the mean or the midpoint; the fixed value is the input's own. */
    double centre();

    /** The input keeps its value: no uncertainty (the default, written only to undo a base-case range). */
    record Fixed() implements Distribution {
        public String kind() {
            return "fixed";
        }

        public double[] parameters() {
            return new double[0];
        }

        public double centre() {
            return Double.NaN;
        }
    }

    /** Every value between low and high equally likely. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            Checks.finite("low", low);
            Checks.finite("high", high);
            if (!(low < high)) {
                throw new ModelException("high", "the high end must be above the low end (low " + plain(low)
                        + ", high " + plain(high) + ")");
            }
        }

        public String kind() {
            return "uniform";
        }

        public double[] parameters() {
            return new double[]{low, high};
        }

        public double centre() {
            return (low + high) / 2;
        }
    }

    /** Low to high, most likely at mode, likelihood falling in straight lines either side. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            requireLowModeHigh(low, mode, high);
        }

        public String kind() {
            return "triangular";
        }

        public double[] parameters() {
            return new double[]{low, mode, high};
        }

        public double centre() {
            return mode;
        }
    }

    /**
     * PERT: low to high, most likely at mode, as a smooth curve (a scaled beta with shape 4) that puts less
     * weight in the tails than a triangle; the usual choice for "three-point estimates".
     */
    record Pert(double low, double mode, double high) implements Distribution {
        public Pert {
            requireLowModeHigh(low, mode, high);
        }

        public String kind() {
            return "pert";
        }

        public double[] parameters() {
            return new double[]{low, mode, high};
        }

        public double centre() {
            return mode;
        }

        /** The mean of a PERT: (low + 4 mode + high) / 6. */
        public double mean() {
            return (low + 4 * mode + high) / 6;
        }
    }

    /** The bell curve with this mean and standard deviation, cut off at the input's valid range. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            Checks.finite("mean", mean);
            requirePositiveSd(sd);
        }

        public String kind() {
            return "normal";
        }

        public double[] parameters() {
            return new double[]{mean, sd};
        }

        public double centre() {
            return mean;
        }
    }

    /**
     * A right-skewed curve for positive quantities (costs that can overrun far more than they can fall),
     * given by the mean and standard deviation of the value itself, not of its logarithm (as @RISK's
     * RiskLognorm does), cut off at the input's valid range.
     */
    record Lognormal(double mean, double sd) implements Distribution {
        public Lognormal {
            Checks.finite("mean", mean);
            if (!(mean > 0)) {
                throw new ModelException("mean", "a lognormal's mean must be above zero (it is " + plain(mean) + ")");
            }
            requirePositiveSd(sd);
        }

        public String kind() {
            return "lognormal";
        }

        public double[] parameters() {
            return new double[]{mean, sd};
        }

        public double centre() {
            return mean;
        }

        /** The standard deviation of the value's logarithm. */
        public double sigma() {
            return Math.sqrt(Math.log1p((sd / mean) * (sd / mean)));
        }

        /** The mean of the value's logarithm. */
        public double mu() {
            double s = sigma();
            return Math.log(mean) - s * s / 2;
        }
    }

    static Distribution fixed() {
        return new Fixed();
    }

    private static void requireLowModeHigh(double low, double mode, double high) {
        Checks.finite("low", low);
        Checks.finite("mode", mode);
        Checks.finite("high", high);
        if (!(low < high)) {
            throw new ModelException("high", "the high end must be above the low end (low " + plain(low)
                    + ", high " + plain(high) + ")");
        }
        if (mode < low || mode > high) {
            throw new ModelException("mode", "the most likely value must lie between the low and high ends ("
                    + plain(low) + " to " + plain(high) + "; it is " + plain(mode) + ")");
        }
    }

    private static void requirePositiveSd(double sd) {
        Checks.finite("sd", sd);
        if (!(sd > 0)) {
            throw new ModelException("sd", "the standard deviation must be above zero (it is " + plain(sd) + ")");
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
