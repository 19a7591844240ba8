package org.journeyworkbench.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.Measure;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;

/**
 * The calculation: a pure function of (model, scenario) with no I/O and no state, cheap enough to call
 * thousands of times a second from a slider, a sensitivity sweep or a Monte Carlo run.
 */
public final class Engine {
    private static final double SLACK = 1e-9;

    private Engine() {
    }

    /** The base case. */
    public static Result compute(JourneyModel model) {
        return compute(model, Scenario.base());
    }

    /**
     * @throws ModelException when the model (with the scenario applied) is not whole: a name of the field
     *                        and the problem, in plain words
     */
    public static Result compute(JourneyModel model, Scenario scenario) {
        JourneyModel m = Inputs.apply(model, scenario);
        JourneyGraph graph = JourneyGraph.of(m);
        double[] rates = JourneyGraph.rates(m);
        String rateProblem = graph.rateSumProblem(rates);
        if (rateProblem != null) {
            throw new ModelException("transitions", rateProblem);
        }
        ModelValidator.requireReferencesValid(m, graph);
        Formula formula = Formula.parse(m.level1().formula())
                .requireKnownTerms(m.level1().terms().stream().map(Level1Term::name).toList());
        return new Calculation(m, graph, rates, JourneyGraph.unitCosts(m)).run(scenario == null ? Scenario.BASE_NAME : scenario.name(), formula);
    }

    /** One run's working state; lives only inside {@link #compute}. */
    private static final class Calculation {
        private final JourneyModel m;
        private final JourneyGraph graph;
        private final int agencies;
        private final List<String> agencyIds;
        private final double[] saving;
        private final double[] cost;
        private final double[] setUp;
        private final EnumMap<Measure, Double> measures = new EnumMap<>(Measure.class);
        private final List<String> warnings = new ArrayList<>();
        private final double[] totalCases;
        private final double[] totalFlow;

        private final double[] rates;
        private final double[] unitCosts;

        Calculation(JourneyModel m, JourneyGraph graph, double[] rates, double[] unitCosts) {
            this.m = m;
            this.graph = graph;
            this.rates = rates;
            this.unitCosts = unitCosts;
            agencies = graph.agencyCount;
            agencyIds = m.agencies().stream().map(Agency::id).toList();
            saving = new double[agencies];
            cost = new double[agencies];
            setUp = new double[agencies];
            totalCases = new double[graph.stageCount];
            totalFlow = new double[graph.transitionFrom.length];
            for (Measure measure : Measure.values()) {
                measures.put(measure, 0.0);
            }
        }

        Result run(String scenarioName, Formula formula) {
            Map<String, GroupJourney> journeys = new HashMap<>();
            List<TargetGroupResult> groups = new ArrayList<>();
            for (TargetGroup g : m.targetGroups()) {
                GroupJourney gj = new GroupJourney(graph, rates, unitCosts, g);
                gj.requireRatesAtMostOne(g);
                journeys.put(g.id(), gj);
                add(totalCases, gj.cases, 1);
                add(totalFlow, gj.flow, 1);
                groups.add(new TargetGroupResult(g.id(), byStage(gj.cases), byTransition(gj.flow),
                        byStage(gj.costToGo)));
            }
            List<InitiativeResult> initiatives = new ArrayList<>();
            for (Initiative i : m.initiatives()) {
                initiatives.add(initiative(i, journeys.get(i.targetGroupId())));
            }
            return new Result(scenarioName, byStage(totalCases), byTransition(totalFlow), groups, initiatives,
                    level1(formula), summary(), warnings);
        }

        private InitiativeResult initiative(Initiative i, GroupJourney gj) {
            TargetGroup group = m.targetGroup(i.targetGroupId()).orElseThrow();
            int stage = i.interventionStage() == null ? -1 : graph.stage(i.interventionStage());
            double reaching = stage < 0 ? group.cases() : gj.cases[stage];
            if (!i.enabled()) {
                ByAgency zero = ByAgency.of(agencyIds, new double[agencies]);
                return new InitiativeResult(i.id(), i.name(), false, reaching, 0, Map.of(), zero, zero, zero, zero,
                        zero);
            }
            double taken = i.takeUp().basis() == TakeUp.Basis.COUNT ? i.takeUp().value()
                    : i.takeUp().value() * reaching;
            if (taken > reaching * (1 + SLACK) + SLACK) {
                warnings.add("\"" + i.name() + "\" takes on " + Math.round(taken) + " cases a year, but only "
                        + Math.round(reaching) + " of \"" + group.name() + "\" reach "
                        + (stage < 0 ? "the journey" : "\"" + m.stage(i.interventionStage()).orElseThrow().name() + "\""));
            }

            double[] avoided = new double[agencies];
            Map<String, Double> avoidedCases = Map.of();
            if (stage >= 0) {
                double[] cases = new double[graph.stageCount];
                double[] flow = new double[graph.transitionFrom.length];
                gj.propagate(stage, taken, cases, flow);
                gj.addCosts(cases, avoided);
                add(totalCases, cases, -1);
                add(totalFlow, flow, -1);
                avoidedCases = byStage(cases);
            }
            double[] reoffending = new double[agencies];
            if (i.reoffending() != null) {
                var r = i.reoffending();
                gj.addCostToGo(graph.stage(r.repeatFromStage()), taken * r.repeatJourneysPerCase() * r.reduction(),
                        reoffending);
            }
            double[] alternative = new double[agencies];
            for (String s : i.alternativeRoute()) {
                gj.addCostToGo(graph.stage(s), taken, alternative);
            }
            double[] running = costLines(i.runningCosts(), taken);
            double[] once = costLines(i.setUpCosts(), taken);

            add(saving, avoided, 1);
            add(saving, reoffending, 1);
            add(cost, alternative, 1);
            add(cost, running, 1);
            add(setUp, once, 1);
            measures.merge(Measure.AVOIDED_JOURNEY_COSTS, sum(avoided), Double::sum);
            measures.merge(Measure.REDUCED_REOFFENDING, sum(reoffending), Double::sum);
            measures.merge(Measure.RUNNING_COSTS, sum(alternative) + sum(running), Double::sum);
            measures.merge(Measure.SET_UP_COSTS, sum(once), Double::sum);
            return new InitiativeResult(i.id(), i.name(), true, reaching, taken, avoidedCases,
                    ByAgency.of(agencyIds, avoided), ByAgency.of(agencyIds, reoffending),
                    ByAgency.of(agencyIds, alternative), ByAgency.of(agencyIds, running), ByAgency.of(agencyIds, once));
        }

        private double[] costLines(List<CostLine> lines, double taken) {
            double[] out = new double[agencies];
            for (CostLine line : lines) {
                out[graph.agencyIndex.get(line.agencyId())] += line.amount(taken);
            }
            return out;
        }

        private Level1Result level1(Formula formula) {
            Map<String, Double> values = new HashMap<>();
            List<TermValue> terms = new ArrayList<>();
            for (Level1Term t : m.level1().terms()) {
                double v = t.measure() == Measure.CONSTANT ? t.value() : measures.get(t.measure());
                values.put(t.name(), v);
                terms.add(new TermValue(t.name(), t.label(), v));
            }
            return new Level1Result(formula.text(), terms, formula.evaluate(values));
        }

        private CostBenefitSummary summary() {
            List<SummaryRow> rows = new ArrayList<>();
            double s = 0;
            double c = 0;
            double u = 0;
            for (int a = 0; a < agencies; a++) {
                Agency agency = m.agencies().get(a);
                rows.add(SummaryRow.of(agency.id(), agency.name(), saving[a], cost[a], setUp[a]));
                s += saving[a];
                c += cost[a];
                u += setUp[a];
            }
            return new CostBenefitSummary(rows, SummaryRow.of("total", "Total", s, c, u));
        }

        private Map<String, Double> byStage(double[] values) {
            return new IndexedValues(graph.stageIds, graph.stageIndex, values);
        }

        private Map<String, Double> byTransition(double[] values) {
            return new IndexedValues(graph.transitionIds, graph.transitionIndex, values);
        }

        private static void add(double[] into, double[] values, double sign) {
            for (int k = 0; k < into.length; k++) {
                into[k] += sign * values[k];
            }
        }

        private static double sum(double[] values) {
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return s;
        }
    }
}
