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
    /** By target group: the slot of each arrow's rate and each stage's unit cost, and the standard journey's cases. */
    final int[][] rateSlot;
    final int[][] costSlot;
    /** By input slot: the cell holding the cost in the price base, or -1 when the slot is used as entered. */
    int[] upratedCell = new int[0];
    final int[][] standardCases;
    /** By initiative. */
    final Expr[] reaching;
    final int[] taken;
    final int[][] avoidedCases;
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
        rateSlot = new int[groups][];
        costSlot = new int[groups][];
        standardCases = new int[groups][];
        reaching = new Expr[initiatives];
        taken = new int[initiatives];
        avoidedCases = new int[initiatives][];
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

    int groupIndex(String id) {
        return groupIndex.get(id);
    }
}
