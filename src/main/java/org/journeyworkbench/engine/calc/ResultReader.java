package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.result.ByAgency;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.inputs.FinancialYears;
import org.journeyworkbench.engine.result.InitiativeResult;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.result.Level1Result;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.engine.result.TargetGroupResult;
import org.journeyworkbench.engine.result.TermValue;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.TargetGroup;

/**
 * Reads a {@link Result} out of evaluated values. Money comes from the program's cells; the per-arrow
 * flows and each stage's cost to go that the diagram shows are read from the same cases and input values.
 */
final class ResultReader {
    private static final double SLACK = 1e-9;
    private final JourneyModel m;
    private final JourneyGraph graph;
    private final Layout layout;
    private final Evaluator evaluator;
    private final InputSlots slots;
    private final List<String> agencyIds = new ArrayList<>();
    private double[] v;
    /** Each stage's cost to go while one group's is worked out; zero outside it. */
    private final double[] scratch;

    ResultReader(JourneyModel m, JourneyGraph graph, Layout layout, Evaluator evaluator, InputSlots slots) {
        this.m = m;
        this.graph = graph;
        this.layout = layout;
        this.evaluator = evaluator;
        this.slots = slots;
        this.scratch = new double[graph.stageCount];
        for (Agency a : m.agencies()) {
            agencyIds.add(a.id());
        }
    }

    Result read(double[] values, String scenarioName) {
        v = values;
        int stages = graph.stageCount;
        int arrows = graph.transitionIds.length;
        double[] totalCases = new double[stages];
        double[] totalFlow = new double[arrows];
        List<TargetGroupResult> groups = new ArrayList<>();
        for (int g = 0; g < m.targetGroups().size(); g++) {
            Layout.StageCells reached = layout.standardCases[g];
            double[] cases = cases(reached);
            groups.add(new TargetGroupResult(m.targetGroups().get(g).id(), byStage(reached.stages, cases),
                    flow(g, reached, cases, totalCases, totalFlow, 1), costToGo(g, reached)));
        }
        List<InitiativeResult> initiatives = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < m.initiatives().size(); k++) {
            Initiative i = m.initiatives().get(k);
            int g = layout.groupIndex(i.targetGroupId());
            boolean enabled = v[slots.find(InputAddress.enabled(i.id()))] == 1;
            double reaching = value(layout.reaching[k]);
            double taken = v[evaluator.index(layout.taken[k])];
            Map<String, Double> avoided = Map.of();
            if (layout.avoidedCases[k] != null) {
                Layout.StageCells reached = layout.avoidedCases[k];
                double[] cases = cases(reached);
                flow(g, reached, cases, totalCases, totalFlow, -1);
                avoided = byStage(reached.stages, cases);
            }
            if (enabled && taken > reaching * (1 + SLACK) + SLACK) {
                TargetGroup group = m.targetGroups().get(g);
                warnings.add("\"" + i.name() + "\" takes on " + Math.round(taken) + " cases a year, but only "
                        + Math.round(reaching) + " of \"" + group.name() + "\" reach " + (i.interventionStage() == null
                        ? "the journey" : "\"" + graph.stageNames[graph.stage(i.interventionStage())] + "\""));
            }
            initiatives.add(new InitiativeResult(i.id(), i.name(), enabled, reaching, enabled ? taken : 0, avoided,
                    component(k, Component.AVOIDED), component(k, Component.REOFFENDING),
                    component(k, Component.ALTERNATIVE),
                    component(k, Component.RUNNING_PER_CASE, Component.RUNNING_FIXED), component(k, Component.SET_UP)));
        }
        return new Result(scenarioName, byStage(totalCases), byTransition(totalFlow), groups, initiatives, level1(),
                summary(), warnings, appraisal());
    }

    private double value(Expr e) {
        if (e instanceof Expr.In in) {
            return v[in.slot()];
        }
        if (e instanceof Expr.Ref r) {
            return v[evaluator.index(r.cell())];
        }
        return ((Expr.Const) e).value();
    }

    private double cell(int cell) {
        return cell < 0 ? 0 : v[evaluator.index(cell)];
    }

    private double[] cases(Layout.StageCells reached) {
        double[] out = new double[reached.cells.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = cell(reached.cells[k]);
        }
        return out;
    }

    /**
     * The cases on every arrow out of the reached stages (only those can carry any), added with {@code sign}
     * into the totals together with the cases.
     */
    private Map<String, Double> flow(int g, Layout.StageCells reached, double[] cases, double[] totalCases,
                                     double[] totalFlow, double sign) {
        int arrows = 0;
        for (int s : reached.stages) {
            arrows += graph.outgoing[s].length;
        }
        int[] which = new int[arrows];
        double[] out = new double[arrows];
        int n = 0;
        for (int k = 0; k < reached.stages.length; k++) {
            int s = reached.stages[k];
            totalCases[s] += sign * cases[k];
            for (int t : graph.outgoing[s]) {
                which[n] = t;
                out[n] = cases[k] * v[layout.rateSlot(g, t)];
                totalFlow[t] += sign * out[n];
                n++;
            }
        }
        return IndexedValues.some(graph.transitionIds, graph.transitionIndex, which, out);
    }

    /** One case's expected cost from each reached stage on, under the group's rates and unit costs. */
    private Map<String, Double> costToGo(int g, Layout.StageCells reached) {
        int[] stages = reached.stages;
        double[] out = new double[stages.length];
        for (int k = stages.length - 1; k >= 0; k--) {
            int s = stages[k];
            int slot = layout.costSlot(g, s);
            int uprated = slot < layout.upratedCell.length ? layout.upratedCell[slot] : -1;
            double total = uprated >= 0 ? v[evaluator.index(uprated)] : v[slot];
            for (int t : graph.outgoing[s]) {
                total += v[layout.rateSlot(g, t)] * scratch[graph.transitionTo[t]];
            }
            out[k] = total;
            scratch[s] = total;
        }
        for (int s : stages) {
            scratch[s] = 0;
        }
        return byStage(stages, out);
    }

    private ByAgency component(int k, Component... parts) {
        double[] out = new double[agencyIds.size()];
        for (Component c : parts) {
            for (int a = 0; a < out.length; a++) {
                out[a] += cell(layout.component[k][c.ordinal()][a]);
            }
        }
        return ByAgency.of(agencyIds, out);
    }

    private Level1Result level1() {
        List<TermValue> terms = new ArrayList<>();
        List<Level1Term> modelTerms = m.level1().terms();
        for (int t = 0; t < modelTerms.size(); t++) {
            Level1Term term = modelTerms.get(t);
            terms.add(new TermValue(term.name(), term.label(), cell(layout.term[t])));
        }
        double net = cell(layout.net);
        if (!Double.isFinite(net)) {
            throw new ModelException("level1.formula", Double.isNaN(net) || net == 0
                    ? "the formula divides by zero" : "the formula divides by zero or gives a number too large to use");
        }
        return new Level1Result(m.level1().formula(), terms, net);
    }

    private CostBenefitSummary summary() {
        List<SummaryRow> rows = new ArrayList<>();
        for (int a = 0; a < agencyIds.size(); a++) {
            rows.add(row(agencyIds.get(a), m.agencies().get(a).name(), layout.summary[a]));
        }
        return new CostBenefitSummary(rows, row("total", "Total", layout.summaryTotal));
    }

    private SummaryRow row(String id, String name, int[] c) {
        return new SummaryRow(id, name, cell(c[0]), cell(c[1]), cell(c[2]), cell(c[3]), cell(c[4]));
    }

    private AppraisalResult appraisal() {
        Layout.Appraisal a = layout.appraisal;
        int years = (int) v[a.yearsSlot];
        List<AppraisalResult.AppraisalYear> list = new ArrayList<>();
        String first = m.appraisal().firstYear();
        for (int t = 0; t < years && t < a.horizon; t++) {
            double[] ben = new double[agencyIds.size()];
            double[] cost = new double[agencyIds.size()];
            for (int k = 0; k < ben.length; k++) {
                ben[k] = cell(a.agencyBenefits[k][t]);
                cost[k] = cell(a.agencyCosts[k][t]);
            }
            list.add(new AppraisalResult.AppraisalYear(t, first.isBlank() ? "Year " + t : FinancialYears.plus(first, t),
                    cell(a.benefits[t]), cell(a.costs[t]), cell(a.net[t]), cell(a.discountFactor[t]),
                    cell(a.presentValue[t]), cell(a.cumulative[t]), cell(a.grossBenefits[t]), cell(a.deadweight[t]),
                    cell(a.optimismBenefits[t]), cell(a.grossCosts[t]), cell(a.optimismCosts[t]),
                    ByAgency.of(agencyIds, ben), ByAgency.of(agencyIds, cost)));
        }
        List<AppraisalResult.AgencyAppraisal> byAgency = new ArrayList<>();
        for (int k = 0; k < agencyIds.size(); k++) {
            byAgency.add(new AppraisalResult.AgencyAppraisal(agencyIds.get(k), m.agencies().get(k).name(),
                    cell(a.agencyPvBenefits[k]), cell(a.agencyPvCosts[k]), cell(a.agencyNpv[k])));
        }
        double bcr = cell(a.bcr);
        double payback = cell(a.payback);
        double band = cell(a.valueForMoney);
        return new AppraisalResult(m.appraisal().priceBase(), first, list, cell(a.pvBenefits), cell(a.pvCosts),
                cell(a.npv), Double.isNaN(bcr) ? null : bcr, Double.isNaN(payback) ? null : (int) payback,
                Double.isNaN(band) ? null : AppraisalCompiler.VFM_LABELS.get((int) band), byAgency);
    }

    private Map<String, Double> byStage(int[] stages, double[] values) {
        return IndexedValues.some(graph.stageIds, graph.stageIndex, stages, values);
    }

    private Map<String, Double> byStage(double[] values) {
        return new IndexedValues(graph.stageIds, graph.stageIndex, values);
    }

    private Map<String, Double> byTransition(double[] values) {
        return new IndexedValues(graph.transitionIds, graph.transitionIndex, values);
    }
}
