package org.journeyworkbench.engine;

import org.journeyworkbench.model.TargetGroup;

/**
 * The standard journey priced under one target group's own rates and unit costs: one backward pass for
 * each stage's expected cost to go, one forward pass for the cases at each stage.
 */
final class GroupJourney {
    final JourneyGraph graph;
    final double[] rate;
    final double[] unitCost;
    final double[] costToGo;
    final double[] cases;
    final double[] flow;

    /** @param defaultRates and {@code defaultCosts} are the journey's own, copied before the group's are applied */
    GroupJourney(JourneyGraph graph, double[] defaultRates, double[] defaultCosts, TargetGroup group) {
        this.graph = graph;
        rate = defaultRates.clone();
        unitCost = defaultCosts.clone();
        group.rates().forEach((t, v) -> rate[graph.transitionIndex.get(t)] = v);
        group.unitCosts().forEach((s, v) -> unitCost[graph.stageIndex.get(s)] = v);

        int n = graph.stageCount;
        costToGo = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            int s = graph.order[k];
            double total = unitCost[s];
            for (int t : graph.outgoing[s]) {
                total += rate[t] * costToGo[graph.transitionTo[t]];
            }
            costToGo[s] = total;
        }
        cases = new double[n];
        flow = new double[graph.transitionFrom.length];
        propagate(graph.stage(group.entryStage()), group.cases(), cases, flow);
    }

    /**
     * Fills empty arrays with {@code count} cases standing at {@code start} and everything they go on to.
     * The arrays must start at zero: the pass moves whatever stands at a stage onward.
     */
    void propagate(int start, double count, double[] casesOut, double[] flowOut) {
        casesOut[start] = count;
        boolean started = false;
        for (int s : graph.order) {
            started |= s == start;
            if (!started || casesOut[s] == 0) {
                continue;
            }
            for (int t : graph.outgoing[s]) {
                double moved = casesOut[s] * rate[t];
                flowOut[t] = moved;
                casesOut[graph.transitionTo[t]] += moved;
            }
        }
    }

    /** The group's rates out of each stage add up to at most 100%. */
    void requireRatesAtMostOne(TargetGroup group) {
        String problem = graph.rateSumProblem(rate);
        if (problem != null) {
            throw new org.journeyworkbench.model.ModelException("targetGroups[" + group.id() + "].rates",
                    problem.replace("\" add up", "\" for target group \"" + group.name() + "\" add up"));
        }
    }

    /**
     * Adds {@code factor} × the by-agency cost to go of {@code stage} into {@code into}: the split comes from
     * following the cases forward, which is cheaper than carrying an agency vector through every stage of
     * the backward pass when only a few stages are ever asked about.
     */
    void addCostToGo(int stage, double factor, double[] into) {
        double[] casesFrom = new double[graph.stageCount];
        propagate(stage, factor, casesFrom, new double[graph.transitionFrom.length]);
        addCosts(casesFrom, into);
    }

    /** Adds the cost of {@code casesAt} cases standing at each stage, by agency, into {@code into}. */
    void addCosts(double[] casesAt, double[] into) {
        for (int s = 0; s < casesAt.length; s++) {
            if (casesAt[s] != 0) {
                into[graph.stageAgency[s]] += casesAt[s] * unitCost[s];
            }
        }
    }
}
