package org.journeyworkbench.engine.uncertainty;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.journeyworkbench.model.Distribution;

/**
 * A distribution fitted to one input: its quantiles (for a tornado's P10–P90 and a slider's range band) and
 * a sampler (for Monte Carlo). A normal or lognormal is cut off at the input's valid range; the others lie
 * inside it (checked by {@link UncertainInputs}). The curves and the beta sampler are Hipparchus's.
 */
public final class FittedDistribution {
    private final Distribution spec;
    private final double min;
    private final double max;
    /** Hipparchus's curve, for quantiles; null for uniform. */
    private final org.hipparchus.distribution.RealDistribution curve;
    /** For a cut-off curve: the probability below min and below max. */
    private final double cdfMin;
    private final double cdfMax;
    /** The shape, and its parameters kept as fields so that drawing allocates and recomputes nothing. */
    private final int shape;
    private final double p0;
    private final double p1;
    private final double p2;
    private final double alpha;
    private final double beta;
    private final double mu;
    private final double sigma;
    private static final int UNIFORM = 0;
    private static final int TRIANGULAR = 1;
    private static final int PERT = 2;
    private static final int NORMAL = 3;
    private static final int LOGNORMAL = 4;

    FittedDistribution(Distribution spec, double min, double max) {
        this.spec = spec;
        double[] p = spec.parameters();
        switch (spec.kind()) {
            case "triangular" -> curve = new TriangularDistribution(p[0], p[1], p[2]);
            case "pert" -> curve = new BetaDistribution(alpha(p), beta(p));
            case "normal" -> curve = new NormalDistribution(p[0], p[1]);
            case "lognormal" -> {
                Distribution.Lognormal l = (Distribution.Lognormal) spec;
                curve = new LogNormalDistribution(l.mu(), l.sigma());
            }
            default -> curve = null;
        }
        boolean cut = spec instanceof Distribution.Normal || spec instanceof Distribution.Lognormal;
        this.min = cut ? min : p[0];
        this.max = cut ? max : p[p.length - 1];
        this.cdfMin = cut ? curve.cumulativeProbability(min) : 0;
        this.cdfMax = cut ? curve.cumulativeProbability(max) : 1;
        this.shape = switch (spec.kind()) {
            case "uniform" -> UNIFORM;
            case "triangular" -> TRIANGULAR;
            case "pert" -> PERT;
            case "normal" -> NORMAL;
            default -> LOGNORMAL;
        };
        this.p0 = p[0];
        this.p1 = p[1];
        this.p2 = p.length > 2 ? p[2] : Double.NaN;
        this.alpha = shape == PERT ? alpha(p) : Double.NaN;
        this.beta = shape == PERT ? beta(p) : Double.NaN;
        this.mu = shape == LOGNORMAL ? ((Distribution.Lognormal) spec).mu() : Double.NaN;
        this.sigma = shape == LOGNORMAL ? ((Distribution.Lognormal) spec).sigma() : Double.NaN;
    }

    /** PERT's beta shapes: 1 + 4 (mode - low) / (high - low), and the same from the top. */
    private static double alpha(double[] p) {
        return 1 + 4 * (p[1] - p[0]) / (p[2] - p[0]);
    }

    private static double beta(double[] p) {
        return 1 + 4 * (p[2] - p[1]) / (p[2] - p[0]);
    }

    public Distribution spec() {
        return spec;
    }

    /** The lowest value it can take. */
    public double lowest() {
        return min;
    }

    /** The highest value it can take. */
    public double highest() {
        return max;
    }

    /** The value with probability {@code p} of being at or below it: quantile(0.1) is the P10. */
    public double quantile(double p) {
        double[] a = spec.parameters();
        return switch (spec.kind()) {
            case "uniform" -> a[0] + p * (a[1] - a[0]);
            case "pert" -> a[0] + (a[2] - a[0]) * curve.inverseCumulativeProbability(p);
            case "normal", "lognormal" -> clamp(curve.inverseCumulativeProbability(cdfMin + p * (cdfMax - cdfMin)));
            default -> curve.inverseCumulativeProbability(p);
        };
    }

    /** One draw. Cut-off curves draw again until inside the range (at least half of each lies inside). */
    double sample(RandomDataGenerator r) {
        switch (shape) {
            case UNIFORM:
                return p0 + (p1 - p0) * r.nextDouble();
            case TRIANGULAR:
                return triangular(p0, p1, p2, r.nextDouble());
            case PERT:
                return p0 + (p2 - p0) * r.nextBeta(alpha, beta);
            case NORMAL:
                for (int k = 0; k < 1000; k++) {
                    double x = p0 + p1 * r.nextGaussian();
                    if (x >= min && x <= max) {
                        return x;
                    }
                }
                return quantile(r.nextDouble());
            default:
                for (int k = 0; k < 1000; k++) {
                    double x = Math.exp(mu + sigma * r.nextGaussian());
                    if (x >= min && x <= max) {
                        return x;
                    }
                }
                return quantile(r.nextDouble());
        }
    }

    /** The triangle's inverse cumulative probability, in closed form. */
    private static double triangular(double low, double mode, double high, double u) {
        double split = (mode - low) / (high - low);
        return u < split ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }

    private double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }
}
