package org.journeyworkbench.engine.uncertainty;

import java.util.Arrays;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.InputSlots;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.model.Scenario;

/**
 * Which input slots move with a changed one. A slot may follow a parent (a target group's rate that the
 * scenario does not set follows the journey's; see {@link InputSlots}): {@link Calculation#bind} copies the
 * parent into it once, so when a sensitivity or a sample changes the parent, the followers the scenario did
 * not set must be copied again, in slot order as bind does.
 */
final class Followers {
    private final InputSlots slots;
    private final boolean[] set;

    Followers(Calculation calc, Scenario scenario) {
        this.slots = calc.slots();
        this.set = new boolean[slots.size()];
        if (scenario != null) {
            for (String address : scenario.overrides().keySet()) {
                int s = slots.find(address);
                if (s >= 0) {
                    set[s] = true;
                }
            }
            for (String initiative : scenario.initiatives().keySet()) {
                int s = slots.find(InputAddress.enabled(initiative));
                if (s >= 0) {
                    set[s] = true;
                }
            }
        }
    }

    /**
     * The slots that must be copied from their parents, in the order to copy them, when {@code changed}
     * are given values of their own (a changed slot is never copied over, even if it follows another).
     */
    int[] of(int... changed) {
        int n = slots.size();
        boolean[] own = new boolean[n];
        for (int c : changed) {
            own[c] = true;
        }
        boolean[] moves = new boolean[n];
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int s = 0; s < n; s++) {
                int p = slots.follows(s);
                if (!moves[s] && p >= 0 && !set[s] && !own[s] && (own[p] || moves[p])) {
                    moves[s] = true;
                    grew = true;
                }
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int s = 0; s < n; s++) {
            if (moves[s]) {
                out[k++] = s;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Copies each follower's parent into it, in order. Allocates nothing. */
    static void copy(double[] values, int[] followers, int[] parents) {
        for (int k = 0; k < followers.length; k++) {
            values[followers[k]] = values[parents[k]];
        }
    }

    /** The parent of each follower in {@code followers}. */
    int[] parents(int[] followers) {
        int[] out = new int[followers.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = slots.follows(followers[k]);
        }
        return out;
    }
}
