package org.journeyworkbench.engine;

import org.journeyworkbench.model.TargetGroup;

/**
 * The standard journey priced under one target group's own rates and unit costs: one backward pass for
 * each stage's expected cost to go (total and by agency), one forward pass for the cases at each stage.
 */
final class GroupJourney {
    final JourneyGraph graph;
    final double[] rate;
    final double[] unitCost;
    final double[] costToGo;
    /** costToGo split by agency: stage s, agency a at [s * agencyCount + a]. */
    final double[] costToGoByAgency;
    final double[] cases;
    final double[] flow;

    GroupJourney(JourneyGraph graph, TargetGroup group) {
        this.graph = graph;
        rate = graph.rate.clone();
        unitCost = graph.unitCost.clone();
        group.rates().forEach((t, v) -> rate[graph.transitionIndex.get(t)] = v);
        group.unitCosts().forEach((s, v) -> unitCost[graph.stageIndex.get(s)] = v);

        int n = graph.stageCount;
        int agencies = graph.agencyCount;
        costToGo = new double[n];
        costToGoByAgency = new double[n * agencies];
        for (int k = n - 1; k >= 0; k--) {
            int s = graph.order[k];
            double total = unitCost[s];
            int row = s * agencies;
            costToGoByAgency[row + graph.stageAgency[s]] += unitCost[s];
            for (int t : graph.outgoing[s]) {
                int next = graph.transitionTo[t];
                double r = rate[t];
                total += r * costToGo[next];
                int nextRow = next * agencies;
                for (int a = 0; a < agencies; a++) {
                    costToGoByAgency[row + a] += r * costToGoByAgency[nextRow + a];
                }
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

    /** Adds {@code factor} × the by-agency cost to go of {@code stage} into {@code into}. */
    void addCostToGo(int stage, double factor, double[] into) {
        int row = stage * graph.agencyCount;
        for (int a = 0; a < graph.agencyCount; a++) {
            into[a] += factor * costToGoByAgency[row + a];
        }
    }
}
