package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.Checks;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.OptimismBias;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Profile;

/**
 * The numbered inputs of a compiled calculation: each slot an input address with its label, kind, base-case
 * value and range. A slot may <em>follow</em> another (a target group's rate that the base case does not
 * set follows the journey's; a profile year past the listed ones follows the year before; an initiative
 * without its own optimism bias follows the model's): until a scenario sets it, it takes its parent's value.
 */
public final class InputSlots {
    private final List<Input> inputs = new ArrayList<>();
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int[] parent = new int[16];
    private double[] min = new double[16];
    private double[] max = new double[16];
    private boolean[] whole = new boolean[16];

    /** Adds a slot (or returns the existing one for the address). */
    int add(Input input, int follows) {
        Integer existing = byAddress.get(input.address());
        if (existing != null) {
            return existing;
        }
        int slot = inputs.size();
        if (slot == parent.length) {
            parent = Arrays.copyOf(parent, slot * 2);
            min = Arrays.copyOf(min, slot * 2);
            max = Arrays.copyOf(max, slot * 2);
            whole = Arrays.copyOf(whole, slot * 2);
        }
        inputs.add(input);
        byAddress.put(input.address(), slot);
        parent[slot] = follows;
        range(slot, input);
        return slot;
    }

    /** Makes {@code slot} take {@code parent}'s value until a scenario sets it. */
    void setFollows(int slot, int parentSlot) {
        parent[slot] = parentSlot;
    }

    private void range(int slot, Input input) {
        InputAddress.Target t = input.at().target();
        double hi = switch (input.kind()) {
            case MONEY -> Checks.MAX_MONEY;
            case COUNT -> Checks.MAX_CASES;
            case RATE -> 1;
            case SWITCH -> 1;
            case MULTIPLIER -> Profile.MAX_MULTIPLIER;
            case YEARS -> Appraisal.MAX_YEARS;
        };
        if (t == InputAddress.Target.DISCOUNT_RATE) {
            hi = DiscountBand.MAX_RATE;
        } else if (t == InputAddress.Target.OPTIMISM_BIAS_COSTS || t == InputAddress.Target.APPRAISAL_OB_COSTS) {
            hi = OptimismBias.MAX_COST_UPLIFT;
        } else if (t == InputAddress.Target.REOFFENDING_REPEATS) {
            hi = 100;
        }
        min[slot] = input.kind() == InputKind.YEARS ? 1 : 0;
        max[slot] = hi;
        whole[slot] = input.kind() == InputKind.SWITCH || input.kind() == InputKind.YEARS;
    }

    public int size() {
        return inputs.size();
    }

    /** Every slot's address, label, kind and base-case value, in slot order. */
    public List<Input> inputs() {
        return inputs;
    }

    public Input input(int slot) {
        return inputs.get(slot);
    }

    /** The slot of an address, or -1. */
    public int find(String address) {
        Integer s = byAddress.get(address);
        return s == null ? -1 : s;
    }

    public int find(InputAddress address) {
        return find(address.toString());
    }

    /** The slot this one follows until a scenario sets it, or -1. */
    public int follows(int slot) {
        return parent[slot];
    }

    public double min(int slot) {
        return min[slot];
    }

    public double max(int slot) {
        return max[slot];
    }

    /**
     * Checks a value for a slot, in the words the model's own checks use.
     *
     * @throws ModelException naming the address
     */
    public void check(int slot, double v) {
        Input in = inputs.get(slot);
        String at = in.address();
        Checks.finite(at, v);
        if (whole[slot] && v != Math.rint(v)) {
            throw new ModelException(at, in.kind() == InputKind.SWITCH ? "must be 1 (on) or 0 (off)"
                    : "must be a whole number (it is " + plain(v) + ")");
        }
        if (v < min[slot] || v > max[slot]) {
            throw new ModelException(at, switch (in.kind()) {
                case MONEY -> v < 0 ? "a cost cannot be negative (it is " + plain(v) + ")"
                        : "£" + plain(v) + " is far too large for a cost; check the figure";
                case COUNT -> v < 0 ? "a number of cases cannot be negative (it is " + plain(v) + ")"
                        : plain(v) + " is far too many; check the figure";
                case SWITCH -> "must be 1 (on) or 0 (off)";
                case YEARS -> "the appraisal period must be between 1 and " + (int) max[slot] + " years (it is "
                        + plain(v) + ")";
                case RATE, MULTIPLIER -> "must be between " + Percent.format(min[slot]) + " and "
                        + Percent.format(max[slot]) + " (it is " + Percent.format(v) + ")";
            });
        }
    }

    /** 2000 rather than 2000.0; 2.5 as it is. */
    private static String plain(double v) {
        return org.journeyworkbench.model.Checks.plain(v);
    }

    /** The base-case values. A slot that follows a follower comes after it, so one pass in order resolves chains. */
    double[] baseValues() {
        double[] v = new double[inputs.size()];
        for (int s = 0; s < v.length; s++) {
            v[s] = inputs.get(s).value();
        }
        return v;
    }
}
