package org.journeyworkbench.engine.layout;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Lays out a journey left to right along the offender journey, for what has no position yet:
 * <ul>
 * <li>each stage's column is its longest path from a start of the journey; in a column, the stage with the
 * longest journey still ahead of it comes first, so the main line runs straight;</li>
 * <li>initiatives sit in a row above the journey at the column of the stage they act on, their target groups
 * above them;</li>
 * <li>an initiative that sends cases down an alternative route sits below the journey instead, with the
 * route's stages right beside it and its group below it: the dashed links stay short and none crosses
 * the journey;</li>
 * <li>anything that would land on a box already there moves to the nearest free space ({@link FreeSpace}).</li>
 * </ul>
 * Arrows are then routed round boxes by {@link ArrowRouter}. Pure Java, tested without a window.
 */
public final class AutoLayout {
    /** Wide enough between boxes for an arrow's two-line label. */
    public static final double COLUMN = 290;
    public static final double ROW = 112;
    /** Where the journey's first row sits: groups and initiatives go above it. */
    public static final double JOURNEY_TOP = 220;
    /** Width of a group or initiative card plus a gap, so cards in a row never overlap. */
    public static final double CARD_SLOT = Box.CARD_W + 36;
    private static final double LEFT = 40;
    private static final double GROUP_TOP = 20;
    private static final double INITIATIVE_TOP = 120;
    private static final double BELOW_GAP = 44;

    private AutoLayout() {
    }

    /** True when something in the model has no position yet. */
    public static boolean needsLayout(JourneyModel m) {
        return m.stages().stream().anyMatch(s -> s.position() == null)
                || m.targetGroups().stream().anyMatch(g -> g.position() == null)
                || m.initiatives().stream().anyMatch(i -> i.position() == null);
    }

    /** The stage an initiative acts at: its intervention stage, else where its repeat journeys start. */
    public static String anchor(Initiative i) {
        return i.interventionStage() != null ? i.interventionStage()
                : i.reoffending() != null ? i.reoffending().repeatFromStage() : null;
    }

    /** Gives a position to everything that has none; what already has one stays where it is. */
    public static JourneyModel layOut(JourneyModel m) {
        return new Placement(m).run();
    }

    /** One layout run: the boxes placed so far, so each new one can keep clear of them. */
    private static final class Placement {
        private final JourneyModel m;
        private final Map<String, Box> placed = new LinkedHashMap<>();
        private final Map<String, Position> stagePos = new HashMap<>();
        private final Map<String, Position> initiativePos = new HashMap<>();
        private final Map<String, Position> groupPos = new HashMap<>();

        Placement(JourneyModel m) {
            this.m = m;
            // What already has a position is an obstacle from the start.
            m.stages().stream().filter(s -> s.position() != null).forEach(s -> keep(Box.stageKey(s.id()),
                    s.position(), Box.STAGE_W, Box.STAGE_H, stagePos, s.id()));
            m.initiatives().stream().filter(i -> i.position() != null).forEach(i -> keep(Box.initiativeKey(i.id()),
                    i.position(), Box.CARD_W, Box.CARD_H, initiativePos, i.id()));
            m.targetGroups().stream().filter(g -> g.position() != null).forEach(g -> keep(Box.groupKey(g.id()),
                    g.position(), Box.CARD_W, Box.CARD_H, groupPos, g.id()));
        }

        JourneyModel run() {
            double journeyBottom = placeJourney();
            double belowTop = journeyBottom + BELOW_GAP;
            List<Initiative> above = new ArrayList<>();
            List<Initiative> below = new ArrayList<>();
            for (Initiative i : m.initiatives()) {
                (i.alternativeRoute().isEmpty() ? above : below).add(i);
            }
            placeRow(above, INITIATIVE_TOP, false);
            placeRow(below, belowTop, true);
            placeGroups(below, belowTop + Box.CARD_H + BELOW_GAP);
            placeLooseStages();
            List<Stage> stages = m.stages().stream().map(s -> s.position() != null ? s
                    : s.withPosition(stagePos.get(s.id()))).toList();
            List<Initiative> initiatives = m.initiatives().stream().map(i -> i.position() != null ? i
                    : i.withPosition(initiativePos.get(i.id()))).toList();
            List<TargetGroup> groups = m.targetGroups().stream().map(g -> g.position() != null ? g
                    : g.withPosition(groupPos.get(g.id()))).toList();
            return m.withStages(stages).withTargetGroups(groups).withInitiatives(initiatives);
        }

        /** The stages arrows reach, in columns; returns the journey's lowest edge. */
        private double placeJourney() {
            Map<String, Integer> column = columns(m);
            Map<String, Integer> ahead = ahead(m);
            Map<Integer, List<Stage>> byColumn = new java.util.TreeMap<>();
            for (Stage s : m.stages()) {
                if (touched(s.id())) {
                    byColumn.computeIfAbsent(column.get(s.id()), c -> new ArrayList<>()).add(s);
                }
            }
            Map<String, Integer> rowOf = new HashMap<>();
            double bottom = JOURNEY_TOP + Box.STAGE_H;
            for (var e : byColumn.entrySet()) {
                List<Stage> col = new ArrayList<>(e.getValue());
                col.sort(Comparator.comparingDouble((Stage s) -> cameFrom(s.id(), rowOf))
                        .thenComparing(s -> -ahead.getOrDefault(s.id(), 0)));
                int row = 0;
                for (Stage s : col) {
                    rowOf.put(s.id(), row);
                    if (s.position() == null) {
                        Position p = free(Box.stageKey(s.id()), LEFT + e.getKey() * COLUMN, JOURNEY_TOP + row * ROW,
                                Box.STAGE_W, Box.STAGE_H);
                        stagePos.put(s.id(), p);
                        bottom = Math.max(bottom, p.y() + Box.STAGE_H);
                    }
                    row++;
                }
            }
            return bottom;
        }

        /** The mean row of the stages leading here, so a branch stays beside the stage it leaves. */
        private double cameFrom(String id, Map<String, Integer> rowOf) {
            return m.transitions().stream().filter(t -> t.to().equals(id) && rowOf.containsKey(t.from()))
                    .mapToInt(t -> rowOf.get(t.from())).average().orElse(0);
        }

        /** Initiatives in a row at their stages' columns; below the journey, their routes' stages beside them. */
        private void placeRow(List<Initiative> row, double y, boolean withRoutes) {
            List<Initiative> sorted = new ArrayList<>(row);
            sorted.sort(Comparator.comparingDouble(this::anchorX));
            double nextFree = Double.NEGATIVE_INFINITY;
            for (Initiative i : sorted) {
                double x = Math.max(anchorX(i), nextFree);
                if (i.position() == null) {
                    Position p = free(Box.initiativeKey(i.id()), x, y, Box.CARD_W, Box.CARD_H);
                    initiativePos.put(i.id(), p);
                    x = p.x();
                }
                nextFree = x + CARD_SLOT;
                if (withRoutes) {
                    for (String s : i.alternativeRoute()) {
                        if (!stagePos.containsKey(s) && m.stage(s).isPresent()) {
                            Position p = free(Box.stageKey(s), nextFree, y, Box.STAGE_W, Box.STAGE_H);
                            stagePos.put(s, p);
                            nextFree = p.x() + Box.STAGE_W + 36;
                        }
                    }
                }
            }
            if (!withRoutes) {
                placeGroups(row, GROUP_TOP);
            }
        }

        /** Each group of these initiatives at its first initiative's column (groups of none: at its entry). */
        private void placeGroups(List<Initiative> of, double y) {
            List<TargetGroup> groups = new ArrayList<>();
            for (TargetGroup g : m.targetGroups()) {
                List<Initiative> mine = m.initiatives().stream().filter(i -> i.targetGroupId().equals(g.id())).toList();
                boolean belongsHere = mine.isEmpty() ? y == GROUP_TOP
                        : mine.stream().anyMatch(of::contains) && (y == GROUP_TOP
                        ? mine.stream().anyMatch(i -> i.alternativeRoute().isEmpty())
                        : mine.stream().allMatch(i -> !i.alternativeRoute().isEmpty()));
                if (belongsHere && !groupPos.containsKey(g.id())) {
                    groups.add(g);
                }
            }
            Map<String, Double> want = new HashMap<>();
            for (TargetGroup g : groups) {
                double x = m.initiatives().stream().filter(i -> i.targetGroupId().equals(g.id()))
                        .filter(i -> initiativePos.containsKey(i.id())).map(i -> initiativePos.get(i.id()).x())
                        .findFirst().orElse(stagePos.getOrDefault(g.entryStage(), new Position(LEFT, 0)).x());
                want.put(g.id(), x);
            }
            groups.sort(Comparator.comparingDouble(g -> want.get(g.id())));
            double nextFree = Double.NEGATIVE_INFINITY;
            for (TargetGroup g : groups) {
                Position p = free(Box.groupKey(g.id()), Math.max(want.get(g.id()), nextFree), y, Box.CARD_W,
                        Box.CARD_H);
                groupPos.put(g.id(), p);
                nextFree = p.x() + CARD_SLOT;
            }
        }

        /** Stages nothing leads to or from and no initiative uses: a row below everything. */
        private void placeLooseStages() {
            double y = placed.values().stream().mapToDouble(Box::bottom).max().orElse(JOURNEY_TOP) + BELOW_GAP;
            double x = LEFT;
            for (Stage s : m.stages()) {
                if (!stagePos.containsKey(s.id())) {
                    Position p = free(Box.stageKey(s.id()), x, y, Box.STAGE_W, Box.STAGE_H);
                    stagePos.put(s.id(), p);
                    x = p.x() + COLUMN;
                }
            }
        }

        private double anchorX(Initiative i) {
            String anchor = anchor(i);
            Position p = anchor == null ? null : stagePos.get(anchor);
            return p == null ? LEFT : p.x();
        }

        private boolean touched(String id) {
            return m.transitions().stream().anyMatch(t -> t.to().equals(id) || t.from().equals(id));
        }

        private Position free(String key, double x, double y, double w, double h) {
            Point p = FreeSpace.near(placed.values(), x, y, w, h);
            placed.put(key, new Box(key, p.x(), p.y(), w, h));
            return new Position(p.x(), p.y());
        }

        private void keep(String key, Position p, double w, double h, Map<String, Position> into, String id) {
            placed.put(key, new Box(key, p.x(), p.y(), w, h));
            into.put(id, p);
        }
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

    /** Each stage's longest run of arrows still ahead of it. */
    static Map<String, Integer> ahead(JourneyModel m) {
        Map<String, Integer> ahead = new HashMap<>();
        m.stages().forEach(s -> ahead.put(s.id(), 0));
        for (int round = 0; round < m.stages().size(); round++) {
            boolean changed = false;
            for (Transition t : m.transitions()) {
                Integer to = ahead.get(t.to());
                Integer from = ahead.get(t.from());
                if (from != null && to != null && from < to + 1) {
                    ahead.put(t.from(), to + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return ahead;
    }
}
