package org.journeyworkbench.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.InputSlots;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * Tornado and switching values: every input swung over its range, one at a time, the others held at the
 * scenario's values, through the compiled calculation's headline cells. An input's followers (slots that
 * take its value unless the scenario sets them) move with it. On/off switches and the appraisal period are
 * left out: they are compared as scenarios.
 */
public final class Sensitivity {
    /** The default swing of an input without a range: ±20%. */
    public static final double DEFAULT_SWING = 0.2;
    private static final double P_LOW = 0.1;
    private static final double P_HIGH = 0.9;

    private final UncertainInputs ranges;
    private final Calculation calc;
    private final InputSlots slots;
    private final int metric;
    private final double[] values;
    private final double[] scratch;
    private final Followers follow;

    private Sensitivity(UncertainInputs ranges, Metric metric) {
        this.ranges = ranges;
        this.calc = ranges.calculation();
        this.slots = calc.slots();
        this.metric = metric.index(calc);
        this.values = ranges.newValues();
        this.scratch = calc.newScratch();
        this.follow = new Followers(calc, ranges.scenario());
    }

    /**
     * Swings every input and ranks them by the width of the swing.
     *
     * @param swing the fraction to swing an input without a range by, either side (0.2 = ±20%)
     * @throws ModelException when the swing is not between 0 and 100%
     */
    public static SensitivityResult run(UncertainInputs ranges, Metric metric, double swing) {
        if (!(swing > 0 && swing <= 1)) {
            throw new ModelException("swing", "must be above 0% and at most 100%");
        }
        Sensitivity s = new Sensitivity(ranges, metric);
        double base = s.evaluate();
        Set<String> listed = new HashSet<>();
        for (Input in : Inputs.list(s.calc.model())) {
            listed.add(in.address());
        }
        Scenario scenario = ranges.scenario();
        List<InputSwing> out = new ArrayList<>();
        for (int slot = 0; slot < s.slots.size(); slot++) {
            Input in = s.slots.input(slot);
            if (in.kind() == InputKind.SWITCH || in.kind() == InputKind.YEARS) {
                continue;
            }
            boolean own = listed.contains(in.address()) || ranges.distribution(in.address()) != null
                    || scenario != null && scenario.overrides().containsKey(in.address());
            if (own) {
                out.add(s.swing(slot, base, swing));
            }
        }
        out.sort(Comparator.comparingDouble(InputSwing::width).reversed());
        return new SensitivityResult(metric, metric.label(s.calc.model()),
                scenario == null ? Scenario.BASE_NAME : scenario.name(), base, swing, out);
    }

    /** The base case's swing of ±20% and the model's ranges. */
    public static SensitivityResult run(UncertainInputs ranges, Metric metric) {
        return run(ranges, metric, DEFAULT_SWING);
    }

    private double evaluate() {
        calc.evaluateHeadline(values, scratch);
        return values[metric];
    }

    private InputSwing swing(int slot, double base, double swing) {
        Input in = slots.input(slot);
        double x0 = values[slot];
        double min = slots.min(slot);
        double max = slots.max(slot);
        FittedDistribution range = ranges.distribution(in.address());
        double low;
        double high;
        if (range != null) {
            low = range.quantile(P_LOW);
            high = range.quantile(P_HIGH);
        } else {
            low = clamp(x0 - Math.abs(x0) * swing, min, max);
            high = clamp(x0 + Math.abs(x0) * swing, min, max);
        }
        int[] followers = follow.of(slot);
        int[] parents = follow.parents(followers);
        Line line = new Line(slot, followers, parents);
        double atLow = line.at(low);
        double atHigh = line.at(high);
        double atMin = line.at(min);
        double atMax = line.at(max);
        line.at(x0); // puts the input and its followers back
        boolean linear = linear(min, low, x0, high, max, atMin, atLow, base, atHigh, atMax);
        Double switching;
        if (linear) {
            double slope = (atMax - atMin) / (max - min);
            double scale = Math.max(Math.max(Math.abs(atMin), Math.abs(atMax)), 1);
            switching = Math.abs(atMax - atMin) <= scale * 1e-12 ? null : x0 - base / slope;
            if (switching != null && (switching < min || switching > max)) {
                switching = null;
            }
        } else {
            switching = line.root(x0, base, min, max);
            line.at(x0);
        }
        return new InputSwing(in.address(), in.label(), in.group(), in.kind(), x0, low, high, atLow, atHigh,
                switching, range != null, linear);
    }

    /**
     * True when the metric is a straight line in the input: the scenario's value lies on the line through the
     * swing's ends (to a billionth of the figures there), and the valid range's ends lie on the same line (to a
     * billionth of the figures at those ends).
     */
    private static boolean linear(double min, double low, double x0, double high, double max, double atMin,
                                  double atLow, double base, double atHigh, double atMax) {
        double x1 = low;
        double x2 = high;
        double y1 = atLow;
        double y2 = atHigh;
        if (!(x2 > x1)) {
            x1 = min;
            x2 = max;
            y1 = atMin;
            y2 = atMax;
        }
        double slope = (y2 - y1) / (x2 - x1);
        double near = 1e-9 * Math.max(Math.max(Math.abs(y1), Math.abs(y2)), Math.max(Math.abs(base), 1));
        double far = 1e-9 * Math.max(Math.max(Math.abs(atMin), Math.abs(atMax)), 1) + near;
        return Math.abs(y1 + slope * (x0 - x1) - base) <= near
                && Math.abs(y1 + slope * (min - x1) - atMin) <= far
                && Math.abs(y1 + slope * (max - x1) - atMax) <= far;
    }

    private static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }

    /** The metric as a function of one input, its followers moving with it. */
    private final class Line {
        final int slot;
        final int[] followers;
        final int[] parents;

        Line(int slot, int[] followers, int[] parents) {
            this.slot = slot;
            this.followers = followers;
            this.parents = parents;
        }

        double at(double x) {
            values[slot] = x;
            Followers.copy(values, followers, parents);
            return evaluate();
        }

        /**
         * The zero nearest the scenario's value: stepping out either side, doubling the step, until the metric
         * changes sign, then Brent's method within that bracket. Null when it never changes sign.
         */
        Double root(double x0, double f0, double min, double max) {
            if (f0 == 0) {
                return x0;
            }
            double step = Math.max(Math.abs(x0) * 0.05, (max - min) * 1e-6);
            double upX = x0;
            double downX = x0;
            double upF = f0;
            double downF = f0;
            boolean upDone = x0 >= max;
            boolean downDone = x0 <= min;
            while (!upDone || !downDone) {
                if (!upDone) {
                    double x = Math.min(max, upX + step);
                    double f = at(x);
                    if (Math.signum(f) != Math.signum(upF)) {
                        return solve(upX, x);
                    }
                    upX = x;
                    upF = f;
                    upDone = x >= max;
                }
                if (!downDone) {
                    double x = Math.max(min, downX - step);
                    double f = at(x);
                    if (Math.signum(f) != Math.signum(downF)) {
                        return solve(x, downX);
                    }
                    downX = x;
                    downF = f;
                    downDone = x <= min;
                }
                step *= 2;
            }
            return null;
        }

        private double solve(double a, double b) {
            double tolerance = Math.max(1e-12, Math.abs(b) * 1e-12);
            return new BrentSolver(tolerance).solve(200, this::at, a, b);
        }
    }
}
