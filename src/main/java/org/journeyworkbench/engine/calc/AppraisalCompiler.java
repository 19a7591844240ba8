package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Profile;

/**
 * The years after the first, as the Green Book appraises them: each initiative's first-year parts scaled
 * by its profile, benefits net of deadweight and optimism bias, costs with optimism bias, discounted by
 * DF₀ = 1, DFₜ = DFₜ₋₁ / (1 + rₜ), summed into present values, NPV, BCR, payback and value for money,
 * in total and by agency. Columns run to the horizon (the longest period any scenario asks for); years
 * past the period in force count zero.
 */
final class AppraisalCompiler {
    /** The value-for-money categories, after the Department for Transport's; a boundary goes up. */
    static final double[] VFM_FROM = {1, 1.5, 2, 4};
    static final List<String> VFM_LABELS = List.of("Poor", "Low", "Medium", "High", "Very high");

    private final JourneyModel m;
    private final InputSlots slots;
    private final Builder b;
    private final Layout layout;
    private final int horizon;
    private final int agencies;
    private final Layout.Appraisal out = new Layout.Appraisal();

    AppraisalCompiler(JourneyModel m, InputSlots slots, Builder b, Layout layout, int horizon) {
        this.m = m;
        this.slots = slots;
        this.b = b;
        this.layout = layout;
        this.horizon = horizon;
        this.agencies = m.agencies().size();
    }

    void compile() {
        out.horizon = horizon;
        out.yearsSlot = slots.find(InputAddress.years());
        int n = m.initiatives().size();
        int[] kept = new int[n];
        int[] uplift = new int[n];
        int[][] total = new int[n][4];
        for (int i = 0; i < n; i++) {
            Initiative init = m.initiatives().get(i);
            String owner = init.name();
            kept[i] = b.cell(Expr.mul(new Expr.Sub(Expr.ONE, in(InputAddress.deadweight(init.id()))),
                    new Expr.Sub(Expr.ONE, in(InputAddress.initiativeOptimismBias(init.id(), false)))));
            b.line(Line.Block.RESULT, Line.Unit.SHARE, owner, "Share of benefits counted (after deadweight and "
                    + "optimism bias)", -1, kept[i]);
            uplift[i] = b.cell(Expr.add(Expr.ONE, in(InputAddress.initiativeOptimismBias(init.id(), true))));
            b.line(Line.Block.RESULT, Line.Unit.SHARE, owner, "Costs with optimism bias (share of the estimate)", -1,
                    uplift[i]);
            total[i][0] = initiativeTotal(i, owner, "Benefits a year at full take-up", true, true);
            total[i][1] = initiativeTotal(i, owner, "Costs per case a year at full take-up", false, true);
            total[i][2] = componentTotal(i, owner, "Fixed running costs a year", Component.RUNNING_FIXED);
            total[i][3] = componentTotal(i, owner, "Set-up costs in all", Component.SET_UP);
        }

        out.inPeriod = years(Line.Unit.WHOLE, "In the appraisal period (1 yes, 0 no)", -1,
                t -> new Expr.Less(new Expr.Const(t), Expr.in(out.yearsSlot)));
        out.discountFactor = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            out.discountFactor[t] = b.cell(t == 0 ? Expr.ONE : new Expr.Div(Expr.ref(out.discountFactor[t - 1]),
                    Expr.add(Expr.ONE, in(InputAddress.discountRate(m.appraisal().bandOf(t))))));
        }

        out.agencyBenefits = new int[agencies][];
        out.agencyCosts = new int[agencies][];
        for (int a = 0; a < agencies; a++) {
            int agency = a;
            out.agencyBenefits[a] = years("Benefits", a, t -> benefits(agency, t, kept));
        }
        for (int a = 0; a < agencies; a++) {
            int agency = a;
            out.agencyCosts[a] = years("Costs", a, t -> costs(agency, t, uplift));
        }
        out.grossBenefits = years("Benefits before deadweight and optimism bias", -1,
                t -> perInitiative(t, i -> Expr.mul(Expr.ref(total[i][0]), profile(i, Profile.Kind.TAKE_UP, t))));
        out.deadweight = years("Less deadweight", -1, t -> perInitiative(t, i -> Expr.mul(Expr.ref(total[i][0]),
                profile(i, Profile.Kind.TAKE_UP, t), in(InputAddress.deadweight(id(i))))));
        out.optimismBenefits = years("Less optimism bias on benefits", -1, t -> perInitiative(t,
                i -> Expr.mul(Expr.ref(total[i][0]), profile(i, Profile.Kind.TAKE_UP, t),
                        new Expr.Sub(Expr.ONE, in(InputAddress.deadweight(id(i)))),
                        in(InputAddress.initiativeOptimismBias(id(i), false)))));
        out.benefits = years("Total benefits", -1, t -> column(out.agencyBenefits, t));
        out.grossCosts = years("Costs before optimism bias", -1, t -> perInitiative(t, i -> grossCost(i, t, total)));
        out.optimismCosts = years("Plus optimism bias on costs", -1, t -> perInitiative(t,
                i -> Expr.mul(grossCost(i, t, total), in(InputAddress.initiativeOptimismBias(id(i), true)))));
        out.costs = years("Total costs", -1, t -> column(out.agencyCosts, t));
        out.net = years("Net benefit", -1, t -> new Expr.Sub(Expr.ref(out.benefits[t]), Expr.ref(out.costs[t])));
        b.line(Line.Block.YEARS, Line.Unit.FACTOR, "Discount factor", "", -1, out.discountFactor);
        out.presentValue = years("Present value", -1,
                t -> Expr.mul(Expr.ref(out.net[t]), Expr.ref(out.discountFactor[t])));
        out.cumulative = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            out.cumulative[t] = b.cell(t == 0 ? Expr.ref(out.presentValue[0])
                    : Expr.add(Expr.ref(out.cumulative[t - 1]), Expr.ref(out.presentValue[t])));
        }
        b.line(Line.Block.YEARS, Line.Unit.MONEY, "Cumulative present value", "", -1, out.cumulative);
        int[] paidBy = years(Line.Unit.WHOLE, "Paid back by the end of this year (the year)", -1,
                t -> new Expr.IfNonNegative(Expr.ref(out.cumulative[t]), new Expr.Const(t), Expr.NONE));

        out.agencyPvBenefits = new int[agencies];
        out.agencyPvCosts = new int[agencies];
        out.agencyNpv = new int[agencies];
        for (int a = 0; a < agencies; a++) {
            String name = m.agencies().get(a).name();
            out.agencyPvBenefits[a] = result(name, "Present value of benefits", a, discounted(out.agencyBenefits[a]));
            out.agencyPvCosts[a] = result(name, "Present value of costs", a, discounted(out.agencyCosts[a]));
            out.agencyNpv[a] = result(name, "Net present value", a, new Expr.Sub(Expr.ref(out.agencyPvBenefits[a]),
                    Expr.ref(out.agencyPvCosts[a])));
        }
        out.pvBenefits = result("Total", "Present value of benefits", -1, discounted(out.benefits));
        out.pvCosts = result("Total", "Present value of costs", -1, discounted(out.costs));
        out.npv = result("Total", "Net present value", -1,
                new Expr.Sub(Expr.ref(out.pvBenefits), Expr.ref(out.pvCosts)));
        out.bcr = result(Line.Unit.RATIO, "Total", "Benefit-cost ratio", -1,
                new Expr.Ratio(Expr.ref(out.pvBenefits), Expr.ref(out.pvCosts)));
        List<Expr.Ref> paid = new ArrayList<>();
        for (int c : paidBy) {
            paid.add(new Expr.Ref(c));
        }
        out.payback = result(Line.Unit.WHOLE, "Total", "Discounted payback year", -1, new Expr.MinOf(paid));
        out.valueForMoney = result(Line.Unit.CATEGORY, "Total", "Value for money", -1,
                new Expr.Band(Expr.ref(out.bcr), VFM_FROM, VFM_LABELS));
        layout.appraisal = out;
    }

    private String id(int i) {
        return m.initiatives().get(i).id();
    }

    private Expr in(InputAddress a) {
        return Expr.in(slots.find(a));
    }

    private Expr profile(int i, Profile.Kind kind, int t) {
        return in(InputAddress.profile(id(i), kind, t));
    }

    private int initiativeTotal(int i, String owner, String item, boolean benefit, boolean perCase) {
        List<Expr> terms = new ArrayList<>();
        for (Component c : Component.values()) {
            if (c.isBenefit() == benefit && c.perCase() == perCase) {
                for (int a = 0; a < agencies; a++) {
                    addCell(terms, layout.component[i][c.ordinal()][a]);
                }
            }
        }
        return totalLine(owner, item, terms);
    }

    private int componentTotal(int i, String owner, String item, Component c) {
        List<Expr> terms = new ArrayList<>();
        for (int a = 0; a < agencies; a++) {
            addCell(terms, layout.component[i][c.ordinal()][a]);
        }
        return totalLine(owner, item, terms);
    }

    private int totalLine(String owner, String item, List<Expr> terms) {
        int cell = b.cell(b.sum(terms, owner, item));
        b.line(Line.Block.RESULT, Line.Unit.MONEY, owner, item, -1, cell);
        return cell;
    }

    private static void addCell(List<Expr> terms, int cell) {
        if (cell >= 0) {
            terms.add(Expr.ref(cell));
        }
    }

    /** One agency's benefits in year t: each initiative's first-year benefits × take-up × share counted. */
    private Expr benefits(int a, int t, int[] kept) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < m.initiatives().size(); i++) {
            List<Expr> parts = new ArrayList<>();
            for (Component c : Component.values()) {
                if (c.isBenefit()) {
                    addCell(parts, layout.component[i][c.ordinal()][a]);
                }
            }
            if (!parts.isEmpty()) {
                terms.add(Expr.mul(Expr.add(parts), profile(i, Profile.Kind.TAKE_UP, t), Expr.ref(kept[i])));
            }
        }
        return inPeriod(t, b.sum(terms, m.agencies().get(a).name(), "Benefits, year " + t));
    }

    /** One agency's costs in year t: per-case parts × take-up, fixed × running, set-up × its share, with uplift. */
    private Expr costs(int a, int t, int[] uplift) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < m.initiatives().size(); i++) {
            List<Expr> parts = new ArrayList<>();
            List<Expr> perCase = new ArrayList<>();
            for (Component c : Component.values()) {
                if (!c.isBenefit() && c.perCase()) {
                    addCell(perCase, layout.component[i][c.ordinal()][a]);
                }
            }
            if (!perCase.isEmpty()) {
                parts.add(Expr.mul(Expr.add(perCase), profile(i, Profile.Kind.TAKE_UP, t)));
            }
            int fixed = layout.component[i][Component.RUNNING_FIXED.ordinal()][a];
            if (fixed >= 0) {
                parts.add(Expr.mul(Expr.ref(fixed), profile(i, Profile.Kind.RUNNING_COSTS, t)));
            }
            int setUp = layout.component[i][Component.SET_UP.ordinal()][a];
            if (setUp >= 0) {
                parts.add(Expr.mul(Expr.ref(setUp), profile(i, Profile.Kind.SET_UP_COSTS, t)));
            }
            if (!parts.isEmpty()) {
                terms.add(Expr.mul(Expr.add(parts), Expr.ref(uplift[i])));
            }
        }
        return inPeriod(t, b.sum(terms, m.agencies().get(a).name(), "Costs, year " + t));
    }

    private Expr grossCost(int i, int t, int[][] total) {
        return Expr.add(Expr.mul(Expr.ref(total[i][1]), profile(i, Profile.Kind.TAKE_UP, t)),
                Expr.mul(Expr.ref(total[i][2]), profile(i, Profile.Kind.RUNNING_COSTS, t)),
                Expr.mul(Expr.ref(total[i][3]), profile(i, Profile.Kind.SET_UP_COSTS, t)));
    }

    private Expr perInitiative(int t, java.util.function.IntFunction<Expr> term) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < m.initiatives().size(); i++) {
            terms.add(term.apply(i));
        }
        return inPeriod(t, b.sum(terms, "All initiatives", "Year " + t));
    }

    private Expr inPeriod(int t, Expr e) {
        return e instanceof Expr.Const k && k.value() == 0 ? Expr.ZERO : Expr.mul(e, Expr.ref(out.inPeriod[t]));
    }

    private Expr column(int[][] byAgency, int t) {
        List<Expr> terms = new ArrayList<>();
        for (int[] row : byAgency) {
            terms.add(Expr.ref(row[t]));
        }
        return b.sum(terms, "All agencies", "Year " + t);
    }

    private Expr discounted(int[] perYear) {
        List<Expr> terms = new ArrayList<>();
        for (int t = 0; t < horizon; t++) {
            terms.add(Expr.mul(Expr.ref(perYear[t]), Expr.ref(out.discountFactor[t])));
        }
        return b.sum(terms, "Present value", "Years");
    }

    private int[] years(String label, int agency, java.util.function.IntFunction<Expr> perYear) {
        return years(Line.Unit.MONEY, label, agency, perYear);
    }

    private int[] years(Line.Unit unit, String label, int agency, java.util.function.IntFunction<Expr> perYear) {
        int[] cells = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            cells[t] = b.cell(perYear.apply(t));
        }
        b.line(Line.Block.YEARS, unit, label, "", agency, cells);
        return cells;
    }

    private int result(String owner, String item, int agency, Expr e) {
        return result(Line.Unit.MONEY, owner, item, agency, e);
    }

    private int result(Line.Unit unit, String owner, String item, int agency, Expr e) {
        int cell = b.cell(e);
        b.line(Line.Block.RESULT, unit, owner, item, agency, cell);
        return cell;
    }
}
