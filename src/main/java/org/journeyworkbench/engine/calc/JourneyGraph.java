package org.journeyworkbench.engine.calc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.Transition;

/**
 * The shape of the journey as index arrays: stages and agencies numbered, arrows as adjacency lists, and a
 * topological order, so the per-target-group passes are plain loops over arrays. Holds no costs or rates,
 * so a slider that moves a figure reuses the shape: building the id indexes was most of a recompute's
 * cost on a large journey. Immutable, so one instance may be shared between threads. A compiled calculation
 * owns its graph; nothing is cached between models.
 */
public final class JourneyGraph {
    private static final double RATE_SLACK = 1e-9;
    final int stageCount;
    final int agencyCount;
    final String[] stageIds;
    final String[] stageNames;
    final int[] stageAgency;
    final int[] transitionFrom;
    final int[] transitionTo;
    final String[] transitionIds;
    /** Outgoing transition indexes of each stage. */
    final int[][] outgoing;
    /** Incoming transition indexes of each stage. */
    final int[][] incoming;
    /** Stages in journey order: every arrow points forward in it. */
    final int[] order;
    final Map<String, Integer> stageIndex;
    final Map<String, Integer> transitionIndex;
    final Map<String, Integer> agencyIndex;

    /**
     * Indexes the journey and checks it as it goes: ids unique, every agency and stage referred to exists,
     * at most one arrow between two stages, default rates out of a stage at most 100%, no cycle.
     */
    private JourneyGraph(JourneyModel model) {
        List<Stage> stages = model.stages();
        stageCount = stages.size();
        agencyCount = model.agencies().size();
        agencyIndex = new HashMap<>(agencyCount * 2);
        for (int a = 0; a < agencyCount; a++) {
            unique(agencyIndex.put(model.agencies().get(a).id(), a), "agencies", "agency",
                    model.agencies().get(a).id());
        }
        stageIds = new String[stageCount];
        stageNames = new String[stageCount];
        stageAgency = new int[stageCount];
        stageIndex = new HashMap<>(stageCount * 2);
        for (int s = 0; s < stageCount; s++) {
            Stage stage = stages.get(s);
            stageIds[s] = stage.id();
            stageNames[s] = stage.name();
            stageAgency[s] = lookup(agencyIndex, stage.agencyId(), "stages[" + stage.id() + "].agency", "agency");
            unique(stageIndex.put(stage.id(), s), "stages", "stage", stage.id());
        }
        List<Transition> transitions = model.transitions();
        int n = transitions.size();
        transitionFrom = new int[n];
        transitionTo = new int[n];
        transitionIds = new String[n];
        transitionIndex = new HashMap<>(n * 2);
        int[] outCount = new int[stageCount];
        for (int t = 0; t < n; t++) {
            Transition tr = transitions.get(t);
            String where = "transitions[" + tr.id() + "]";
            transitionFrom[t] = lookup(stageIndex, tr.from(), where + ".from", "stage");
            transitionTo[t] = lookup(stageIndex, tr.to(), where + ".to", "stage");
            transitionIds[t] = tr.id();
            unique(transitionIndex.put(tr.id(), t), "transitions", "transition", tr.id());
            outCount[transitionFrom[t]]++;
        }
        outgoing = new int[stageCount][];
        for (int s = 0; s < stageCount; s++) {
            outgoing[s] = new int[outCount[s]];
        }
        int[] fill = new int[stageCount];
        for (int t = 0; t < n; t++) {
            int from = transitionFrom[t];
            for (int k = 0; k < fill[from]; k++) {
                if (transitionTo[outgoing[from][k]] == transitionTo[t]) {
                    throw new ModelException("transitions[" + transitionIds[t] + "]", "there is already an arrow "
                            + "from \"" + stageNames[from] + "\" to \"" + stageNames[transitionTo[t]] + "\"");
                }
            }
            outgoing[from][fill[from]++] = t;
        }
        int[] inCount = new int[stageCount];
        for (int t = 0; t < n; t++) {
            inCount[transitionTo[t]]++;
        }
        incoming = new int[stageCount][];
        for (int s = 0; s < stageCount; s++) {
            incoming[s] = new int[inCount[s]];
        }
        int[] inFill = new int[stageCount];
        for (int t = 0; t < n; t++) {
            incoming[transitionTo[t]][inFill[transitionTo[t]]++] = t;
        }
        order = topologicalOrder();
    }

    /** Which stages cases standing at {@code start} can reach, {@code start} included. */
    boolean[] reachableFrom(int start) {
        boolean[] seen = new boolean[stageCount];
        int[] todo = new int[stageCount];
        int head = 0;
        int tail = 0;
        seen[start] = true;
        todo[tail++] = start;
        while (head < tail) {
            int s = todo[head++];
            for (int t : outgoing[s]) {
                int next = transitionTo[t];
                if (!seen[next]) {
                    seen[next] = true;
                    todo[tail++] = next;
                }
            }
        }
        return seen;
    }

    /** The shape of the model's journey, checked. */
    public static JourneyGraph of(JourneyModel model) {
        return new JourneyGraph(model);
    }

    public java.util.Set<String> stageIds() {
        return stageIndex.keySet();
    }

    public java.util.Set<String> transitionIdSet() {
        return transitionIndex.keySet();
    }

    public java.util.Set<String> agencyIds() {
        return agencyIndex.keySet();
    }

    /** The model's unit costs, one a stage in index order. */
    public static double[] unitCosts(JourneyModel model) {
        double[] out = new double[model.stages().size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = model.stages().get(s).unitCost();
        }
        return out;
    }

    /** The model's default rates, one an arrow in index order. */
    public static double[] rates(JourneyModel model) {
        double[] out = new double[model.transitions().size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = model.transitions().get(t).rate();
        }
        return out;
    }

    /** What is wrong with these rates (one per arrow), or null: the rates out of a stage add up to at most 1. */
    public String rateSumProblem(double[] rates) {
        for (int s = 0; s < stageCount; s++) {
            double sum = 0;
            for (int t : outgoing[s]) {
                sum += rates[t];
            }
            if (sum > 1 + RATE_SLACK) {
                return "the rates out of \"" + stageNames[s] + "\" add up to " + Percent.format(sum)
                        + "; they can be at most 100%";
            }
        }
        return null;
    }

    private static void unique(Integer previous, String field, String kind, String id) {
        if (previous != null) {
            throw new ModelException(field, "two " + kind + "s have the same id \"" + id + "\"; each needs its own");
        }
    }

    private static int lookup(Map<String, Integer> index, String id, String field, String kind) {
        Integer i = index.get(id);
        if (i == null) {
            throw new ModelException(field, "there is no " + kind + " with id \"" + id + "\"");
        }
        return i;
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
