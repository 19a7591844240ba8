package org.journeyworkbench.engine.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * Lays out a journey left to right along the offender journey, for a model with no positions yet: each
 * stage's column is its longest path from a start of the journey; stages in a column are stacked; stages
 * no arrow reaches (alternative routes) go in a row below. Target groups sit in a row above the journey at
 * their entry stage's column, initiatives in a row between them and the journey at their intervention stage.
 * Pure Java, so it is tested without a window.
 */
public final class AutoLayout {
    /** Wide enough between boxes for an arrow's two-line label. */
    public static final double COLUMN = 300;
    public static final double ROW = 120;
    /** Where the journey's first row sits: groups and initiatives go above it. */
    public static final double JOURNEY_TOP = 260;
    /** Width of a group or initiative card plus a gap, so cards in a row never overlap. */
    public static final double CARD_SLOT = 215;

    private AutoLayout() {
    }

    /** True when something in the model has no position yet. */
    public static boolean needsLayout(JourneyModel m) {
        return m.stages().stream().anyMatch(s -> s.position() == null)
                || m.targetGroups().stream().anyMatch(g -> g.position() == null)
                || m.initiatives().stream().anyMatch(i -> i.position() == null);
    }

    /** Gives a position to everything that has none; what already has one stays where it is. */
    public static JourneyModel layOut(JourneyModel m) {
        Map<String, Integer> column = columns(m);
        Map<String, Position> stagePos = new HashMap<>();
        Map<Integer, Integer> used = new HashMap<>();
        int offRoute = 0;
        List<Stage> stages = new ArrayList<>();
        for (Stage s : m.stages()) {
            Position p = s.position();
            if (p == null) {
                boolean reached = m.transitions().stream().anyMatch(t -> t.to().equals(s.id()))
                        || m.transitions().stream().anyMatch(t -> t.from().equals(s.id()));
                if (reached) {
                    int c = column.get(s.id());
                    int row = used.merge(c, 1, Integer::sum) - 1;
                    p = new Position(40 + c * COLUMN, JOURNEY_TOP + row * ROW);
                } else {
                    p = null; // placed below, once the journey's depth is known
                }
            }
            stagePos.put(s.id(), p);
            stages.add(s);
        }
        int deepest = used.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Stage> placed = new ArrayList<>();
        for (Stage s : stages) {
            Position p = stagePos.get(s.id());
            if (p == null) {
                p = new Position(40 + (offRoute++ * 1.2 + 1) * COLUMN, JOURNEY_TOP + (deepest + 0.4) * ROW);
                stagePos.put(s.id(), p);
            }
            placed.add(s.position() == null ? s.withPosition(p) : s);
        }
        // Initiatives in one row above the journey, each at its stage's column or the next free slot.
        List<Initiative> initiatives = new ArrayList<>();
        Map<String, Position> initiativePos = new HashMap<>();
        double nextFree = Double.NEGATIVE_INFINITY;
        for (Initiative i : sortedByAnchor(m, stagePos)) {
            Position p = i.position();
            if (p == null) {
                double x = Math.max(anchorX(i, stagePos), nextFree);
                p = new Position(x, 140);
                nextFree = x + CARD_SLOT;
            }
            initiativePos.put(i.id(), p);
        }
        for (Initiative i : m.initiatives()) {
            initiatives.add(i.position() == null ? i.withPosition(initiativePos.get(i.id())) : i);
        }
        // Target groups in a row above their initiatives (or their entry stage when no initiative serves them).
        List<TargetGroup> groups = new ArrayList<>();
        nextFree = Double.NEGATIVE_INFINITY;
        List<TargetGroup> sortedGroups = new ArrayList<>(m.targetGroups());
        Map<String, Double> groupX = new HashMap<>();
        for (TargetGroup g : sortedGroups) {
            double x = m.initiatives().stream().filter(i -> i.targetGroupId().equals(g.id()))
                    .map(i -> initiativePos.get(i.id()).x()).findFirst()
                    .orElse(stagePos.getOrDefault(g.entryStage(), new Position(40, 0)).x());
            groupX.put(g.id(), x);
        }
        sortedGroups.sort(java.util.Comparator.comparingDouble(g -> groupX.get(g.id())));
        Map<String, Position> groupPos = new HashMap<>();
        for (TargetGroup g : sortedGroups) {
            double x = Math.max(groupX.get(g.id()), nextFree);
            groupPos.put(g.id(), new Position(x, 20));
            nextFree = x + CARD_SLOT;
        }
        for (TargetGroup g : m.targetGroups()) {
            groups.add(g.position() == null ? g.withPosition(groupPos.get(g.id())) : g);
        }
        return m.withStages(placed).withTargetGroups(groups).withInitiatives(initiatives);
    }

    private static List<Initiative> sortedByAnchor(JourneyModel m, Map<String, Position> stagePos) {
        List<Initiative> list = new ArrayList<>(m.initiatives());
        list.sort(java.util.Comparator.comparingDouble(i -> anchorX(i, stagePos)));
        return list;
    }

    private static double anchorX(Initiative i, Map<String, Position> stagePos) {
        String anchor = i.interventionStage() != null ? i.interventionStage()
                : i.reoffending() != null ? i.reoffending().repeatFromStage() : null;
        Position p = anchor == null ? null : stagePos.get(anchor);
        return p == null ? 40 : p.x();
    }

    /** Each stage's column: the longest path to it from a stage no arrow enters. */
    static Map<String, Integer> columns(JourneyModel m) {
        Map<String, Integer> col = new LinkedHashMap<>();
        m.stages().forEach(s -> col.put(s.id(), 0));
        // Bellman-Ford style relaxation is enough: journeys are small and acyclic; stop after n rounds.
        for (int round = 0; round < m.stages().size(); round++) {
            boolean changed = false;
            for (Transition t : m.transitions()) {
                Integer from = col.get(t.from());
                Integer to = col.get(t.to());
                if (from != null && to != null && to < from + 1) {
                    col.put(t.to(), from + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return col;
    }
}
