package org.journeyworkbench.engine.calc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.TargetGroup;

/**
 * Which inputs the compiled calculation reads in a scenario, and, for one it does not, why in plain words.
 * An input is used when a figure of the calculation (a cell the results, the diagram or the workbook show)
 * refers to it, or when an input that follows it is used and the scenario leaves that follower to it (a
 * target group's rate that only another scenario sets takes the journey's until set). A cost's restatement
 * in the price base counts only when something uses the restated cost. See docs/decisions/unused-inputs.md.
 */
public final class InputUse {
    private final Calculation calc;
    private final boolean[] used;

    private InputUse(Calculation calc, boolean[] used) {
        this.calc = calc;
        this.used = used;
    }

    /** The inputs {@code calc} reads when it computes {@code scenario} (null or the base case: none set). */
    public static InputUse of(Calculation calc, Scenario scenario) {
        InputSlots slots = calc.slots();
        List<Expr> cells = calc.program().cells();
        boolean[] live = liveCells(cells, priceCells(calc.program()));
        boolean[] used = new boolean[slots.size()];
        ArrayDeque<Expr> todo = new ArrayDeque<>();
        for (int c = 0; c < cells.size(); c++) {
            if (!live[c]) {
                continue;
            }
            todo.push(cells.get(c));
            while (!todo.isEmpty()) {
                Expr e = todo.pop();
                if (e instanceof Expr.In in) {
                    used[in.slot()] = true;
                } else {
                    children(e, todo);
                }
            }
        }
        Set<String> set = scenario == null ? Set.of() : scenario.overrides().keySet();
        // A follower comes after the slot it follows, so one pass downwards passes use along whole chains.
        for (int s = used.length - 1; s >= 0; s--) {
            int parent = slots.follows(s);
            if (used[s] && parent >= 0 && !set.contains(slots.input(s).address())) {
                used[parent] = true;
            }
        }
        return new InputUse(calc, used);
    }

    /** Whether moving the input at {@code address} can change a figure; an address the model lacks is not used. */
    public boolean used(String address) {
        int slot = calc.slots().find(address);
        return slot >= 0 && used[slot];
    }

    /** The addresses of every input the calculation does not read, in slot order. */
    public List<String> unused() {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < used.length; s++) {
            if (!used[s]) {
                out.add(calc.slots().input(s).address());
            }
        }
        return out;
    }

    /**
     * Why an input moves nothing ("every group that gets here sets its own — ASB perpetrators, Young adults"), or
     * null when it is used or the calculation has no slot for it (a group's rate it does not set: editing it
     * gives the group one, which is used where its cases go).
     */
    public String whyUnused(String address) {
        if (used(address) || calc.slots().find(address) < 0) {
            return null;
        }
        InputAddress at = InputAddress.parseOrNull(address);
        if (at == null) {
            return null;
        }
        JourneyModel m = calc.model();
        return switch (at.target()) {
            case TRANSITION_RATE -> journeyDefault(m, at.id(), true);
            case STAGE_UNIT_COST -> journeyDefault(m, at.id(), false);
            case GROUP_RATE, GROUP_UNIT_COST -> m.targetGroup(at.id()).map(TargetGroup::name).orElse(at.id())
                    + "'s cases never get " + (at.target() == InputAddress.Target.GROUP_RATE ? "to this arrow"
                    : "to this stage");
            case DISCOUNT_RATE -> "the appraisal period ends before these years";
            default -> "no figure of the calculation depends on it";
        };
    }

    /** Why a journey's rate or unit cost is unused: the groups that set their own, and the ones that never get there. */
    private String journeyDefault(JourneyModel m, String key, boolean rate) {
        List<String> own = new ArrayList<>();
        for (TargetGroup g : m.targetGroups()) {
            String theirs = (rate ? InputAddress.groupRate(g.id(), key) : InputAddress.groupUnitCost(g.id(), key))
                    .toString();
            if (used(theirs)) {
                own.add(g.name());
            }
        }
        if (own.isEmpty()) {
            return "no target group's cases get here";
        }
        if (own.size() == m.targetGroups().size()) {
            return "every target group sets its own — " + String.join(", ", own);
        }
        return "every group that gets here sets its own — " + String.join(", ", own);
    }

    /** The cells restating a cost in the price base: they count only when something reads the restated cost. */
    private static boolean[] priceCells(Program program) {
        boolean[] price = new boolean[program.cellCount()];
        for (Line line : program.lines()) {
            if (line.block() == Line.Block.PRICES) {
                for (int c : line.cells()) {
                    if (c >= 0) {
                        price[c] = true;
                    }
                }
            }
        }
        return price;
    }

    /**
     * The cells some figure depends on: every cell no other cell refers to (a figure shown somewhere) and
     * what it refers to, the price-base cells excepted as ends.
     */
    private static boolean[] liveCells(List<Expr> cells, boolean[] price) {
        boolean[] referred = new boolean[cells.size()];
        ArrayDeque<Expr> todo = new ArrayDeque<>();
        for (Expr cell : cells) {
            todo.push(cell);
            while (!todo.isEmpty()) {
                Expr e = todo.pop();
                if (e instanceof Expr.Ref r) {
                    referred[r.cell()] = true;
                } else {
                    children(e, todo);
                }
            }
        }
        boolean[] live = new boolean[cells.size()];
        // Cells refer only to earlier cells, so one pass from the last marks everything a live cell reads.
        for (int c = cells.size() - 1; c >= 0; c--) {
            if (!live[c] && !referred[c] && !price[c]) {
                live[c] = true;
            }
            if (!live[c]) {
                continue;
            }
            todo.push(cells.get(c));
            while (!todo.isEmpty()) {
                Expr e = todo.pop();
                if (e instanceof Expr.Ref r) {
                    live[r.cell()] = true;
                } else {
                    children(e, todo);
                }
            }
        }
        return live;
    }

    private static void children(Expr e, ArrayDeque<Expr> todo) {
        if (e instanceof Expr.Add a) {
            a.terms().forEach(todo::push);
        } else if (e instanceof Expr.Mul m) {
            m.factors().forEach(todo::push);
        } else if (e instanceof Expr.Neg n) {
            todo.push(n.inner());
        } else if (e instanceof Expr.Sub x) {
            todo.push(x.left());
            todo.push(x.right());
        } else if (e instanceof Expr.Div d) {
            todo.push(d.left());
            todo.push(d.right());
        } else if (e instanceof Expr.Ratio r) {
            todo.push(r.numerator());
            todo.push(r.denominator());
        } else if (e instanceof Expr.Less l) {
            todo.push(l.left());
            todo.push(l.right());
        } else if (e instanceof Expr.IfNonNegative i) {
            todo.push(i.test());
            todo.push(i.then());
            todo.push(i.otherwise());
        } else if (e instanceof Expr.MinOf m) {
            m.cells().forEach(todo::push);
        } else if (e instanceof Expr.Band b) {
            todo.push(b.value());
        }
    }
}
