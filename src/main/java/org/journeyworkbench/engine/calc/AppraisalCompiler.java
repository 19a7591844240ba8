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

        // Each initiative's multipliers in each year, with the period folded in, and its first-year parts
        // after deadweight and optimism bias: every year's figure is then a sum of pairs, cheap to evaluate.
        int[][] takeUp = new int[n][];
        int[][] running = new int[n][];
        int[][] setUp = new int[n][];
        int[][] grossBenefit = new int[n][];
        int[][] grossCost = new int[n][];
        int[] lostToBias = new int[n];
        List<Runnable> initiativeLines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            String owner = m.initiatives().get(i).name();
            takeUp[i] = yearCells(t -> Expr.mul(profile(k, Profile.Kind.TAKE_UP, t), Expr.ref(out.inPeriod[t])));
            running[i] = yearCells(t -> Expr.mul(profile(k, Profile.Kind.RUNNING_COSTS, t), Expr.ref(out.inPeriod[t])));
            setUp[i] = yearCells(t -> Expr.mul(profile(k, Profile.Kind.SET_UP_COSTS, t), Expr.ref(out.inPeriod[t])));
            grossBenefit[i] = yearCells(t -> Expr.mul(Expr.ref(total[k][0]), Expr.ref(takeUp[k][t])));
            grossCost[i] = yearCells(t -> Expr.add(Expr.mul(Expr.ref(total[k][1]), Expr.ref(takeUp[k][t])),
                    Expr.mul(Expr.ref(total[k][2]), Expr.ref(running[k][t])),
                    Expr.mul(Expr.ref(total[k][3]), Expr.ref(setUp[k][t]))));
            lostToBias[i] = b.cell(Expr.mul(new Expr.Sub(Expr.ONE, in(InputAddress.deadweight(id(i)))),
                    in(InputAddress.initiativeOptimismBias(id(i), false))));
            b.line(Line.Block.RESULT, Line.Unit.SHARE, owner, "Share of benefits lost to optimism bias", -1,
                    lostToBias[i]);
            initiativeLines.add(() -> {
                b.line(Line.Block.YEARS, Line.Unit.SHARE, owner + ": take-up in the period", "", -1, takeUp[k]);
                b.line(Line.Block.YEARS, Line.Unit.SHARE, owner + ": running costs in the period", "", -1,
                        running[k]);
                b.line(Line.Block.YEARS, Line.Unit.SHARE, owner + ": share of set-up", "", -1, setUp[k]);
                b.line(Line.Block.YEARS, Line.Unit.MONEY, owner + ": benefits before adjustments", "", -1,
                        grossBenefit[k]);
                b.line(Line.Block.YEARS, Line.Unit.MONEY, owner + ": costs before optimism bias", "", -1,
                        grossCost[k]);
            });
        }
        int[][][] counted = new int[n][agencies][];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < agencies; a++) {
                counted[i][a] = agencyParts(i, a, kept[i], uplift[i]);
            }
        }

        out.agencyBenefits = new int[agencies][];
        out.agencyCosts = new int[agencies][];
        for (int a = 0; a < agencies; a++) {
            int agency = a;
            out.agencyBenefits[a] = years("Benefits", a, t -> sumOfPairs(agency, t, counted, takeUp, null, null, 0));
        }
        for (int a = 0; a < agencies; a++) {
            int agency = a;
            out.agencyCosts[a] = years("Costs", a, t -> sumOfPairs(agency, t, counted, takeUp, running, setUp, 1));
        }
        out.grossBenefits = years("Benefits before deadweight and optimism bias", -1,
                t -> perInitiative(t, i -> Expr.ref(grossBenefit[i][t])));
        out.deadweight = years("Less deadweight", -1, t -> perInitiative(t,
                i -> Expr.mul(Expr.ref(grossBenefit[i][t]), in(InputAddress.deadweight(id(i))))));
        out.optimismBenefits = years("Less optimism bias on benefits", -1, t -> perInitiative(t,
                i -> Expr.mul(Expr.ref(grossBenefit[i][t]), Expr.ref(lostToBias[i]))));
        out.benefits = years("Total benefits", -1, t -> column(out.agencyBenefits, t));
        out.grossCosts = years("Costs before optimism bias", -1, t -> perInitiative(t, i -> Expr.ref(grossCost[i][t])));
        out.optimismCosts = years("Plus optimism bias on costs", -1, t -> perInitiative(t,
                i -> Expr.mul(Expr.ref(grossCost[i][t]), in(InputAddress.initiativeOptimismBias(id(i), true)))));
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
        initiativeLines.forEach(Runnable::run);

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

    /**
     * One initiative's first-year parts for one agency, adjusted once for every year: [benefits counted,
     * per-case costs with uplift, fixed running costs with uplift, set-up with uplift]; -1 where there is none.
     */
    private int[] agencyParts(int i, int a, int kept, int uplift) {
        String owner = m.initiatives().get(i).name();
        String agency = m.agencies().get(a).name();
        int[] out = {-1, -1, -1, -1};
        List<Expr> benefit = new ArrayList<>();
        List<Expr> perCase = new ArrayList<>();
        for (Component c : Component.values()) {
            int cell = layout.component[i][c.ordinal()][a];
            if (cell >= 0 && c.isBenefit()) {
                benefit.add(Expr.ref(cell));
            } else if (cell >= 0 && c.perCase()) {
                perCase.add(Expr.ref(cell));
            }
        }
        if (!benefit.isEmpty()) {
            out[0] = part(owner, "Benefits counted a year at full take-up, " + agency, a,
                    Expr.mul(Expr.add(benefit), Expr.ref(kept)));
        }
        if (!perCase.isEmpty()) {
            out[1] = part(owner, "Costs per case a year with optimism bias, " + agency, a,
                    Expr.mul(Expr.add(perCase), Expr.ref(uplift)));
        }
        int fixed = layout.component[i][Component.RUNNING_FIXED.ordinal()][a];
        if (fixed >= 0) {
            out[2] = part(owner, "Fixed running costs a year with optimism bias, " + agency, a,
                    Expr.mul(Expr.ref(fixed), Expr.ref(uplift)));
        }
        int once = layout.component[i][Component.SET_UP.ordinal()][a];
        if (once >= 0) {
            out[3] = part(owner, "Set-up costs with optimism bias, " + agency, a,
                    Expr.mul(Expr.ref(once), Expr.ref(uplift)));
        }
        return out;
    }

    private int part(String owner, String item, int agency, Expr e) {
        int cell = b.cell(e);
        b.line(Line.Block.RESULT, Line.Unit.MONEY, owner, item, -1, cell);
        return cell;
    }

    /** An agency's benefits (kind 0) or costs (kind 1) in year t: each initiative's part × that year's multiplier. */
    private Expr sumOfPairs(int a, int t, int[][][] counted, int[][] takeUp, int[][] running, int[][] setUp, int kind) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < m.initiatives().size(); i++) {
            int[] p = counted[i][a];
            if (kind == 0) {
                pair(terms, p[0], takeUp[i][t]);
            } else {
                pair(terms, p[1], takeUp[i][t]);
                pair(terms, p[2], running[i][t]);
                pair(terms, p[3], setUp[i][t]);
            }
        }
        return b.sum(terms, m.agencies().get(a).name(), (kind == 0 ? "Benefits" : "Costs") + ", year " + t);
    }

    private static void pair(List<Expr> terms, int part, int multiplier) {
        if (part >= 0) {
            terms.add(Expr.mul(Expr.ref(part), Expr.ref(multiplier)));
        }
    }

    /** Cells for every year of the horizon, without a line yet. */
    private int[] yearCells(java.util.function.IntFunction<Expr> perYear) {
        int[] cells = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            cells[t] = b.cell(perYear.apply(t));
        }
        return cells;
    }

    /** The sum over initiatives of a year's term; the period is already in each initiative's multipliers. */
    private Expr perInitiative(int t, java.util.function.IntFunction<Expr> term) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < m.initiatives().size(); i++) {
            terms.add(term.apply(i));
        }
        return b.sum(terms, "All initiatives", "Year " + t);
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
