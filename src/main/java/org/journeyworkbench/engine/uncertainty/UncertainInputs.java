package org.journeyworkbench.engine.uncertainty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.InputSlots;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;

/**
 * The ranges and correlations in force for one scenario, checked against the compiled calculation and
 * fitted to its input slots: what {@link MonteCarlo} samples and {@link Sensitivity} swings over. Build one
 * with {@link #of(Calculation, Scenario)} after each edit (cheap); it is immutable and may be shared by
 * threads.
 */
public final class UncertainInputs {
    private final Calculation calc;
    private final Scenario scenario;
    private final Uncertainty uncertainty;
    private final double[] base;
    private final int[] slots;
    private final FittedDistribution[] fitted;
    private final Map<String, Integer> byAddress = new LinkedHashMap<>();
    /** Positions in {@link #slots} of the correlated inputs, and a square root of their normal-score correlations. */
    private final int[] correlated;
    private final double[][] factor;
    private final double[][] target;
    private final int[] followers;
    private final int[] parents;
    private final List<String> notes = new ArrayList<>();

    private UncertainInputs(Calculation calc, Scenario scenario, Uncertainty u) {
        this.calc = calc;
        this.scenario = scenario;
        this.uncertainty = u;
        this.base = calc.bind(scenario);
        String where = scenario != null && calc.model().scenarios().contains(scenario)
                ? "scenarios[" + scenario.name() + "]." : "";
        Uncertainty own = scenario == null ? Uncertainty.none() : scenario.uncertainty();
        List<Integer> s = new ArrayList<>();
        List<FittedDistribution> f = new ArrayList<>();
        for (Map.Entry<String, Distribution> e : u.distributions().entrySet()) {
            String prefix = (own.distributions().containsKey(e.getKey()) ? where : "") + "uncertainty.";
            FittedDistribution fit;
            try {
                fit = fit(calc, e.getKey(), e.getValue());
            } catch (ModelException x) {
                throw new ModelException(prefix + x.field(), x.problem());
            }
            if (fit != null) {
                byAddress.put(e.getKey(), s.size());
                s.add(calc.slots().find(e.getKey()));
                f.add(fit);
            }
        }
        this.slots = s.stream().mapToInt(Integer::intValue).toArray();
        this.fitted = f.toArray(new FittedDistribution[0]);
        Followers follow = new Followers(calc, scenario);
        this.followers = follow.of(slots);
        this.parents = follow.parents(followers);

        List<Integer> linked = new ArrayList<>();
        List<Correlation> used = new ArrayList<>();
        for (int k = 0; k < u.correlations().size(); k++) {
            Correlation c = u.correlations().get(k);
            String field = (own.correlations().contains(c) ? where : "") + "correlations";
            for (String address : List.of(c.first(), c.second())) {
                if (calc.slots().find(address) < 0) {
                    throw new ModelException(field, "there is no input " + address + " in this model");
                }
            }
            Integer a = byAddress.get(c.first());
            Integer b = byAddress.get(c.second());
            if (a == null || b == null) {
                notes.add("The correlation between " + label(c.first()) + " and " + label(c.second())
                        + " has no effect: " + label(a == null ? c.first() : c.second()) + " has no range.");
                continue;
            }
            used.add(c);
            if (!linked.contains(a)) {
                linked.add(a);
            }
            if (!linked.contains(b)) {
                linked.add(b);
            }
        }
        this.correlated = linked.stream().mapToInt(Integer::intValue).toArray();
        int k = correlated.length;
        this.target = new double[k][k];
        for (int i = 0; i < k; i++) {
            target[i][i] = 1;
        }
        for (Correlation c : used) {
            int i = linked.indexOf(byAddress.get(c.first()));
            int j = linked.indexOf(byAddress.get(c.second()));
            target[i][j] = c.coefficient();
            target[j][i] = c.coefficient();
        }
        this.factor = k == 0 ? new double[0][0] : factor(target, where);
        noteRatesOver100();
    }

    /** Rates drawn high together may add up to more than 100% out of a stage: said, not refused (it is rare). */
    private void noteRatesOver100() {
        double[] high = newValues();
        boolean any = false;
        for (int k = 0; k < slots.length; k++) {
            if (calc.slots().input(slots[k]).kind() == InputKind.RATE) {
                high[slots[k]] = fitted[k].highest();
                any = true;
            }
        }
        if (!any) {
            return;
        }
        Followers.copy(high, followers, parents);
        try {
            calc.requireRatesAtMostOne(high);
        } catch (ModelException e) {
            notes.add("With every rate at the top of its range, " + e.problem()
                    + "; a sample that draws them that high is computed with them as drawn.");
        }
    }

    /**
     * The model's ranges and correlations with the scenario's laid over them (the base case when null).
     *
     * @throws ModelException naming the field (e.g. {@code uncertainty.stages.arrest.unitCost}) when a range
     *                        does not fit its input or the correlations cannot hold together
     */
    public static UncertainInputs of(Calculation calc, Scenario scenario) {
        return new UncertainInputs(calc, scenario, calc.model().uncertainty(scenario));
    }

    /** As {@link #of(Calculation, Scenario)}, with these ranges and correlations instead of the model's. */
    public static UncertainInputs of(Calculation calc, Scenario scenario, Uncertainty uncertainty) {
        return new UncertainInputs(calc, scenario, uncertainty);
    }

    /**
     * Checks one range for one input, as a field editor does when a range is typed.
     *
     * @throws ModelException with the address as its field and a message in the input's own terms
     */
    public static void check(Calculation calc, String address, Distribution d) {
        fit(calc, address, d);
    }

    /**
     * The fitted distribution of a range on an input (for its P10–P90 band), or null for {@code fixed}.
     *
     * @throws ModelException naming the address when the range does not fit the input
     */
    public static FittedDistribution fit(Calculation calc, String address, Distribution d) {
        InputSlots slots = calc.slots();
        int slot = slots.find(address);
        if (slot < 0) {
            throw new ModelException(address, "this model has no such input");
        }
        if (d instanceof Distribution.Fixed) {
            return null;
        }
        Input in = slots.input(slot);
        if (in.kind() == InputKind.SWITCH || in.kind() == InputKind.YEARS) {
            throw new ModelException(address, (in.kind() == InputKind.SWITCH ? "an on/off switch"
                    : "the appraisal period") + " cannot carry a range; compare options as scenarios instead");
        }
        double min = slots.min(slot);
        double max = slots.max(slot);
        double[] p = d.parameters();
        boolean cut = d instanceof Distribution.Normal || d instanceof Distribution.Lognormal;
        double lo = cut ? p[0] : p[0];
        double hi = cut ? p[0] : p[p.length - 1];
        String what = cut ? "the mean " + DistributionText.value(p[0], in.kind()) : "the range "
                + DistributionText.format(d, in.kind());
        if (lo < min) {
            throw new ModelException(address, what + " goes below " + DistributionText.value(min, in.kind())
                    + ", the lowest " + noun(in.kind()) + " can be");
        }
        if (hi > max) {
            throw new ModelException(address, what + " goes above " + DistributionText.value(max, in.kind())
                    + ", the highest " + noun(in.kind()) + " can be");
        }
        return new FittedDistribution(d, min, max);
    }

    private static String noun(InputKind kind) {
        return switch (kind) {
            case MONEY -> "a cost";
            case COUNT -> "a number of cases";
            case RATE -> "a rate";
            default -> "this input";
        };
    }

    /**
     * A square root of the correlations of the normal scores that give the asked-for rank correlations
     * (Pearson r = 2 sin(π ρ / 6)); refuses a set of correlations that cannot hold together.
     */
    private double[][] factor(double[][] rank, String where) {
        int k = rank.length;
        RealMatrix asked = MatrixUtils.createRealMatrix(rank);
        double[] eigen = new EigenDecompositionSymmetric(asked).getEigenvalues();
        double least = Double.POSITIVE_INFINITY;
        for (double e : eigen) {
            least = Math.min(least, e);
        }
        if (least < -1e-9) {
            List<String> names = new ArrayList<>();
            for (int i : correlated) {
                names.add(label(address(i)));
            }
            throw new ModelException(where + "correlations", "the correlations between " + String.join(", ", names)
                    + " cannot all hold at once (if A moves with B and B with C, A cannot move strongly against C); "
                    + "weaken or remove one of them");
        }
        double[][] pearson = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                pearson[i][j] = i == j ? 1 : 2 * Math.sin(Math.PI * rank[i][j] / 6);
            }
        }
        EigenDecompositionSymmetric ed = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(pearson));
        RealMatrix v = ed.getV();
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = v.getEntry(i, j) * Math.sqrt(Math.max(0, ed.getEigenvalue(j)));
            }
        }
        return out;
    }

    private String label(String address) {
        int slot = calc.slots().find(address);
        return slot < 0 ? address : calc.slots().input(slot).label() + " (" + address + ")";
    }

    public Calculation calculation() {
        return calc;
    }

    /** The scenario, or null for the base case. */
    public Scenario scenario() {
        return scenario;
    }

    /** The ranges and correlations in force (the model's with the scenario's laid over them). */
    public Uncertainty uncertainty() {
        return uncertainty;
    }

    /** The number of inputs with a range. */
    public int size() {
        return slots.length;
    }

    /** The address of the k-th input with a range. */
    public String address(int k) {
        return calc.slots().input(slots[k]).address();
    }

    public int slot(int k) {
        return slots[k];
    }

    public FittedDistribution distribution(int k) {
        return fitted[k];
    }

    /** The fitted distribution of an input, or null when it has no range. */
    public FittedDistribution distribution(String address) {
        Integer k = byAddress.get(address);
        return k == null ? null : fitted[k];
    }

    /** Things worth knowing that are not errors: a correlation with an input that has no range. */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** A copy of the scenario's bound input values (followers resolved), not yet evaluated. */
    public double[] newValues() {
        double[] v = calc.newValues();
        System.arraycopy(base, 0, v, 0, base.length);
        return v;
    }

    int[] correlated() {
        return correlated;
    }

    double[][] factor() {
        return factor;
    }

    /** The asked-for rank correlations between the correlated inputs, in {@link #correlated()} order. */
    double[][] targetRankCorrelation() {
        return target;
    }

    /** Writes one draw (values in input order) into a values array, with the followers. Allocates nothing. */
    void write(double[] draw, double[] values) {
        for (int k = 0; k < slots.length; k++) {
            values[slots[k]] = draw[k];
        }
        Followers.copy(values, followers, parents);
    }
}
