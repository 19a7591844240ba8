package org.journeyworkbench.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.Transition;

/**
 * The journey as index arrays: stages and agencies numbered, arrows as adjacency lists, and a topological
 * order computed once, so the per-target-group passes are plain loops over arrays.
 */
final class JourneyGraph {
    final int stageCount;
    final int agencyCount;
    final String[] stageIds;
    final String[] stageNames;
    final int[] stageAgency;
    final double[] unitCost;
    final int[] transitionFrom;
    final int[] transitionTo;
    final double[] rate;
    final String[] transitionIds;
    /** Outgoing transition indexes of each stage. */
    final int[][] outgoing;
    /** Stages in journey order: every arrow points forward in it. */
    final int[] order;
    final Map<String, Integer> stageIndex;
    final Map<String, Integer> transitionIndex;
    final Map<String, Integer> agencyIndex;

    JourneyGraph(JourneyModel model) {
        List<Stage> stages = model.stages();
        stageCount = stages.size();
        agencyCount = model.agencies().size();
        agencyIndex = new HashMap<>(agencyCount * 2);
        for (int a = 0; a < agencyCount; a++) {
            agencyIndex.put(model.agencies().get(a).id(), a);
        }
        stageIds = new String[stageCount];
        stageNames = new String[stageCount];
        stageAgency = new int[stageCount];
        unitCost = new double[stageCount];
        stageIndex = new HashMap<>(stageCount * 2);
        for (int s = 0; s < stageCount; s++) {
            Stage stage = stages.get(s);
            stageIds[s] = stage.id();
            stageNames[s] = stage.name();
            stageAgency[s] = agencyIndex.get(stage.agencyId());
            unitCost[s] = stage.unitCost();
            stageIndex.put(stage.id(), s);
        }
        List<Transition> transitions = model.transitions();
        int n = transitions.size();
        transitionFrom = new int[n];
        transitionTo = new int[n];
        rate = new double[n];
        transitionIds = new String[n];
        transitionIndex = new HashMap<>(n * 2);
        int[] outCount = new int[stageCount];
        for (int t = 0; t < n; t++) {
            Transition tr = transitions.get(t);
            transitionFrom[t] = stageIndex.get(tr.from());
            transitionTo[t] = stageIndex.get(tr.to());
            rate[t] = tr.rate();
            transitionIds[t] = tr.id();
            transitionIndex.put(tr.id(), t);
            outCount[transitionFrom[t]]++;
        }
        outgoing = new int[stageCount][];
        for (int s = 0; s < stageCount; s++) {
            outgoing[s] = new int[outCount[s]];
        }
        int[] fill = new int[stageCount];
        for (int t = 0; t < n; t++) {
            int from = transitionFrom[t];
            outgoing[from][fill[from]++] = t;
        }
        order = topologicalOrder();
    }

    int stage(String id) {
        return stageIndex.get(id);
    }

    private int[] topologicalOrder() {
        int[] inDegree = new int[stageCount];
        for (int to : transitionTo) {
            inDegree[to]++;
        }
        int[] result = new int[stageCount];
        int head = 0;
        int tail = 0;
        for (int s = 0; s < stageCount; s++) {
            if (inDegree[s] == 0) {
                result[tail++] = s;
            }
        }
        while (head < tail) {
            int s = result[head++];
            for (int t : outgoing[s]) {
                if (--inDegree[transitionTo[t]] == 0) {
                    result[tail++] = transitionTo[t];
                }
            }
        }
        if (tail < stageCount) {
            throw new ModelException("transitions", "the journey goes round in a circle: "
                    + String.join(" → ", cycle(inDegree))
                    + ". Repeat offending is modelled by an initiative's reduced reoffending, not by a loop.");
        }
        return result;
    }

    /** Names the stages of one cycle among those Kahn's algorithm could not order. */
    private List<String> cycle(int[] remainingInDegree) {
        int[] state = new int[stageCount]; // 0 unseen, 1 on path, 2 done
        int[] parent = new int[stageCount];
        Arrays.fill(parent, -1);
        for (int start = 0; start < stageCount; start++) {
            if (remainingInDegree[start] == 0 || state[start] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {start, 0});
            state[start] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                int s = top[0];
                if (top[1] < outgoing[s].length) {
                    int next = transitionTo[outgoing[s][top[1]++]];
                    if (state[next] == 1) {
                        List<String> names = new ArrayList<>();
                        for (int v = s; v != next; v = parent[v]) {
                            names.add(0, stageNames[v]);
                        }
                        names.add(0, stageNames[next]);
                        names.add(stageNames[next]);
                        return names;
                    }
                    if (state[next] == 0) {
                        state[next] = 1;
                        parent[next] = s;
                        stack.push(new int[] {next, 0});
                    }
                } else {
                    state[s] = 2;
                    stack.pop();
                }
            }
        }
        return List.of("(unknown)");
    }
}
