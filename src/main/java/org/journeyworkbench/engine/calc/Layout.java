package org.journeyworkbench.engine.calc;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Measure;

/**
 * Where the compiler put each figure the results are read from: cell numbers (or -1 where a figure is
 * zero by the model's shape) and input slots. Filled once at compile time, read after every evaluation.
 */
final class Layout {
    static final List<Measure> SUMMED = List.of(Measure.AVOIDED_JOURNEY_COSTS, Measure.REDUCED_REOFFENDING,
            Measure.RUNNING_COSTS, Measure.SET_UP_COSTS);

    private final Map<String, Integer> groupIndex = new HashMap<>();
    /**
     * The slot of each arrow's rate and each stage's unit cost: the journey's own, and a target group's own
     * only where the model or a scenario gives it one (keyed group × count + index), so the layout grows
     * with the model's size, not with groups × stages.
     */
    final int[] defaultRateSlot;
    final int[] defaultCostSlot;
    final Map<Long, Integer> ownRateSlot = new HashMap<>();
    final Map<Long, Integer> ownCostSlot = new HashMap<>();
    /** By target group: the standard journey's cases at the stages it reaches. */
    final StageCells[] standardCases;
    /** By input slot: the cell holding the cost in the price base, or -1 when the slot is used as entered. */
    int[] upratedCell = new int[0];
    /** By initiative. */
    final Expr[] reaching;
    final int[] taken;
    final StageCells[] avoidedCases;
    /** [initiative][component][agency]. */
    final int[][][] component;
    /** [measure][agency]. */
    final int[][] measure;
    final int[][] summary;
    int[] summaryTotal;
    final int[] term;
    int net;
    Appraisal appraisal;

    /** The appraisal's cells. */
    static final class Appraisal {
        int horizon;
        int[] inPeriod;
        int[] discountFactor;
        int[] benefits;
        int[] costs;
        int[] net;
        int[] presentValue;
        int[] cumulative;
        int[] grossBenefits;
        int[] deadweight;
        int[] optimismBenefits;
        int[] grossCosts;
        int[] optimismCosts;
        int[][] agencyBenefits;
        int[][] agencyCosts;
        int[] agencyPvBenefits;
        int[] agencyPvCosts;
        int[] agencyNpv;
        int pvBenefits;
        int pvCosts;
        int npv;
        int bcr;
        int payback;
        int valueForMoney;
        int yearsSlot;
    }

    Layout(JourneyModel m, JourneyGraph graph) {
        int groups = m.targetGroups().size();
        int initiatives = m.initiatives().size();
        for (int g = 0; g < groups; g++) {
            groupIndex.put(m.targetGroups().get(g).id(), g);
        }
        defaultRateSlot = new int[graph.transitionIds.length];
        defaultCostSlot = new int[graph.stageCount];
        standardCases = new StageCells[groups];
        reaching = new Expr[initiatives];
        taken = new int[initiatives];
        avoidedCases = new StageCells[initiatives];
        component = new int[initiatives][Component.values().length][graph.agencyCount];
        for (int[][] byComponent : component) {
            for (int[] byAgency : byComponent) {
                Arrays.fill(byAgency, -1);
            }
        }
        measure = new int[Measure.values().length][graph.agencyCount];
        summary = new int[graph.agencyCount][];
        term = new int[m.level1().terms().size()];
    }

    /** The slot of arrow {@code t}'s rate for target group {@code g}. */
    int rateSlot(int g, int t) {
        Integer own = ownRateSlot.isEmpty() ? null : ownRateSlot.get((long) g * defaultRateSlot.length + t);
        return own != null ? own : defaultRateSlot[t];
    }

    /** The slot of stage {@code s}'s unit cost for target group {@code g}. */
    int costSlot(int g, int s) {
        Integer own = ownCostSlot.isEmpty() ? null : ownCostSlot.get((long) g * defaultCostSlot.length + s);
        return own != null ? own : defaultCostSlot[s];
    }

    /** The cells of a flow's cases at the stages it reaches, in journey order. */
    static final class StageCells {
        final int[] stages;
        final int[] cells;
        /** The stages sorted by index, and their cells, for looking one up. */
        private final long[] sorted;

        StageCells(int[] stages, int[] cells) {
            this.stages = stages;
            this.cells = cells;
            sorted = new long[stages.length];
            for (int k = 0; k < stages.length; k++) {
                sorted[k] = ((long) stages[k] << 32) | (cells[k] & 0xFFFFFFFFL);
            }
            Arrays.sort(sorted);
        }

        /** The cases cell at stage {@code s}, or -1 where the cases never go. */
        int cellAt(int s) {
            int lo = 0;
            int hi = sorted.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int at = (int) (sorted[mid] >>> 32);
                if (at < s) {
                    lo = mid + 1;
                } else if (at > s) {
                    hi = mid - 1;
                } else {
                    return (int) sorted[mid];
                }
            }
            return -1;
        }
    }

    int groupIndex(String id) {
        return groupIndex.get(id);
    }
}
