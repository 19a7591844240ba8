package org.journeyworkbench.engine.calc;

import java.util.Arrays;

/**
 * The stages cases standing at one stage can go on to, found by touching only those stages, and the cells
 * a flow under construction has put at them. Scratch arrays are reused from flow to flow, so compiling
 * many target groups on a long journey costs what the groups reach, not groups × stages.
 * One compile's own: not shared between threads.
 */
final class Reach {
    private final JourneyGraph graph;
    /** Each stage's place in journey order. */
    private final int[] position;
    /** {@code seen[s] == stamp} when stage s is reached by the current search. */
    private final int[] seen;
    private final int[] cell;
    private int stamp;

    Reach(JourneyGraph graph) {
        this.graph = graph;
        position = new int[graph.stageCount];
        for (int k = 0; k < graph.order.length; k++) {
            position[graph.order[k]] = k;
        }
        seen = new int[graph.stageCount];
        cell = new int[graph.stageCount];
        Arrays.fill(cell, -1);
    }

    /** The stages reachable from {@code start}, {@code start} included, in journey order. */
    int[] from(int start) {
        stamp++;
        int[] todo = new int[8];
        int tail = 0;
        seen[start] = stamp;
        todo[tail++] = start;
        for (int head = 0; head < tail; head++) {
            for (int t : graph.outgoing[todo[head]]) {
                int next = graph.transitionTo[t];
                if (seen[next] != stamp) {
                    seen[next] = stamp;
                    if (tail == todo.length) {
                        todo = Arrays.copyOf(todo, tail * 2);
                    }
                    todo[tail++] = next;
                }
            }
        }
        long[] byPosition = new long[tail];
        for (int k = 0; k < tail; k++) {
            byPosition[k] = ((long) position[todo[k]] << 32) | todo[k];
        }
        Arrays.sort(byPosition);
        int[] out = new int[tail];
        for (int k = 0; k < tail; k++) {
            out[k] = (int) byPosition[k];
        }
        return out;
    }

    /** The cell the current flow has put at stage {@code s}, or -1. */
    int cell(int s) {
        return cell[s];
    }

    void setCell(int s, int c) {
        cell[s] = c;
    }

    /** Forgets the current flow's cells (only at the stages it reached). */
    void clear(int[] reached) {
        for (int s : reached) {
            cell[s] = -1;
        }
    }
}
