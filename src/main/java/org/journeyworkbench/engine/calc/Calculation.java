package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.validation.ModelValidator;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.TargetGroup;

/**
 * A model compiled once into its calculation: numbered input slots, the program of cells, and where each
 * result lives. Evaluate it as often as you like over an array of values ({@link #newValues}, {@link #bind}):
 * it is immutable, so threads may share it, each with its own values and {@link #newScratch() scratch}.
 */
public final class Calculation {
    private final JourneyModel model;
    private final JourneyGraph graph;
    private final InputSlots slots;
    private final Program program;
    private final Layout layout;
    private final Deflator deflator;
    private final Evaluator evaluator;
    private final Runner full;
    /** Only the cells the headline figures need: what options, sensitivity and Monte Carlo evaluate. */
    private final Evaluator headline;
    private final Runner headlineRunner;

    /** Rows of {group, stage, rate slots out of the stage...}; see {@link #ownRatesOut}. */
    private final int[][] ownRatesOut;

    Calculation(JourneyModel model, JourneyGraph graph, InputSlots slots, Program program, Layout layout,
                Deflator deflator) {
        this.model = model;
        this.deflator = deflator;
        this.graph = graph;
        this.slots = slots;
        this.program = program;
        this.layout = layout;
        this.evaluator = new Evaluator(slots.size(), program.cells(), null, program.firstYearCells());
        this.full = new Runner(evaluator, evaluator.codeEnd(program.firstYearCells()));
        HeadlineCells h = headlineCells();
        int[] roots = new int[5 + h.agencyNpv().length];
        roots[0] = h.year1NetSaving();
        roots[1] = h.npv();
        roots[2] = h.bcr();
        roots[3] = h.paybackYear();
        roots[4] = h.valueForMoney();
        System.arraycopy(h.agencyNpv(), 0, roots, 5, h.agencyNpv().length);
        this.headline = new Evaluator(slots.size(), program.cells(), Dependencies.neededFor(program.cells(), roots), -1);
        this.headlineRunner = new Runner(headline, headline.codeLength());
        ownRatesOut = ownRatesOut(graph, layout);
    }

    /**
     * For each stage out of which a target group has a rate of its own (the model's or a scenario's), the
     * group, the stage and the slots of every rate out of it: the only sums the journey's own check leaves.
     */
    private static int[][] ownRatesOut(JourneyGraph graph, Layout layout) {
        java.util.Set<Long> groupStages = new java.util.TreeSet<>();
        int arrows = graph.transitionIds.length;
        for (long key : layout.ownRateSlot.keySet()) {
            int g = (int) (key / arrows);
            int t = (int) (key % arrows);
            groupStages.add((long) g * graph.stageCount + graph.transitionFrom[t]);
        }
        int[][] out = new int[groupStages.size()][];
        int n = 0;
        for (long key : groupStages) {
            int g = (int) (key / graph.stageCount);
            int s = (int) (key % graph.stageCount);
            int[] row = new int[2 + graph.outgoing[s].length];
            row[0] = g;
            row[1] = s;
            for (int k = 0; k < graph.outgoing[s].length; k++) {
                row[2 + k] = layout.rateSlot(g, graph.outgoing[s][k]);
            }
            out[n++] = row;
        }
        return out;
    }

    /**
     * Checks the model and compiles it, with slots for every input its scenarios (and {@code extra}, such as
     * the command line's {@code --set}) set.
     *
     * @throws ModelException naming the field, when the model is not whole
     */
    public static Calculation compile(JourneyModel model, Scenario... extra) {
        return compile(model, Deflator.inUse(), extra);
    }

    /**
     * As {@link #compile(JourneyModel, Scenario...)}, uprating costs to the model's price base with
     * {@code deflator}.
     */
    public static Calculation compile(JourneyModel model, Deflator deflator, Scenario... extra) {
        ModelValidator.requireValid(model);
        List<Scenario> scenarios = new ArrayList<>(model.scenarios());
        for (Scenario s : extra) {
            if (s != null) {
                scenarios.add(s);
            }
        }
        JourneyGraph graph = JourneyGraph.of(model);
        return new Compiler(model, graph, scenarios, deflator).compile(scenarios);
    }

    /** The deflator table the costs were uprated with. */
    public Deflator deflator() {
        return deflator;
    }

    /**
     * The cell holding an input's value in the model's price base, or -1 when the calculation uses it as
     * entered (no price year, already in the base's prices, or not upratable).
     */
    public int upratedCell(int slot) {
        return slot < layout.upratedCell.length ? layout.upratedCell[slot] : -1;
    }

    public JourneyModel model() {
        return model;
    }

    public InputSlots slots() {
        return slots;
    }

    public Program program() {
        return program;
    }

    /** The number of appraisal years the program has columns for. */
    public int horizon() {
        return layout.appraisal.horizon;
    }

    /** Where a cell's value is in a values array. */
    public int index(int cell) {
        return evaluator.index(cell);
    }

    /** A values array holding the base case's inputs, not yet evaluated. */
    public double[] newValues() {
        double[] v = new double[evaluator.size()];
        double[] base = slots.baseValues();
        System.arraycopy(base, 0, v, 0, base.length);
        return v;
    }

    /** Scratch space for one thread's evaluations. */
    public double[] newScratch() {
        return new double[Math.max(evaluator.stackSize(), headline.stackSize())];
    }

    /**
     * A values array holding the scenario's inputs: the base case with its overrides and switches, each
     * following slot given its parent's value unless the scenario sets it; checked.
     *
     * @throws ModelException naming the input whose value cannot be taken
     */
    public double[] bind(Scenario scenario) {
        double[] v = newValues();
        boolean[] set = new boolean[slots.size()];
        if (scenario != null) {
            boolean named = model.scenarios().contains(scenario);
            String where = named ? "scenarios[" + scenario.name() + "].overrides." : "";
            for (Map.Entry<String, Double> o : scenario.overrides().entrySet()) {
                int slot = slots.find(o.getKey());
                if (slot < 0) {
                    Inputs.get(model, o.getKey()); // names what is missing
                    throw new ModelException(o.getKey(), "this model has no such input");
                }
                try {
                    slots.check(slot, o.getValue());
                } catch (ModelException e) {
                    throw new ModelException(where.isEmpty() ? e.field() : where + e.field(), e.problem());
                }
                v[slot] = o.getValue();
                set[slot] = true;
            }
            for (Map.Entry<String, Boolean> s : scenario.initiatives().entrySet()) {
                int slot = slots.find(org.journeyworkbench.engine.inputs.InputAddress.enabled(s.getKey()));
                if (slot < 0) {
                    throw new ModelException("scenarios[" + scenario.name() + "].initiatives",
                            "there is no initiative with id \"" + s.getKey() + "\"");
                }
                v[slot] = s.getValue() ? 1 : 0;
                set[slot] = true;
            }
        }
        for (int s = 0; s < set.length; s++) {
            int parent = slots.follows(s);
            if (parent >= 0 && !set[s]) {
                v[s] = v[parent];
            }
        }
        requireRatesAtMostOne(v);
        return v;
    }

    /** The rates out of each stage, for the journey and for every target group, add up to at most 100%. */
    public void requireRatesAtMostOne(double[] v) {
        double[] defaults = new double[graph.transitionIds.length];
        for (int t = 0; t < defaults.length; t++) {
            defaults[t] = v[layout.defaultRateSlot[t]];
        }
        String problem = graph.rateSumProblem(defaults);
        if (problem != null) {
            throw new ModelException("transitions", problem);
        }
        for (int[] row : ownRatesOut) {
            double sum = 0;
            for (int k = 2; k < row.length; k++) {
                sum += v[row[k]];
            }
            if (sum > 1 + 1e-9) {
                TargetGroup group = model.targetGroups().get(row[0]);
                throw new ModelException("targetGroups[" + group.id() + "].rates", "the rates out of \""
                        + graph.stageNames[row[1]] + "\" for target group \"" + group.name() + "\" add up to "
                        + org.journeyworkbench.model.Percent.format(sum) + "; they can be at most 100%");
            }
        }
    }

    /** Computes every cell, the appraisal included. Allocates nothing. */
    public void evaluate(double[] values, double[] scratch) {
        full.runAll(values, scratch);
    }

    /**
     * Computes only what the headline figures need (first-year net saving, NPV, BCR, payback, value for money,
     * NPV by agency; read them with {@link #headline(double[])}), leaving out the cells only the workbook and
     * the diagram show. Allocates nothing.
     */
    public void evaluateHeadline(double[] values, double[] scratch) {
        headlineRunner.runAll(values, scratch);
    }

    /** Computes the first year only (the slides' table and the Level 1 formula). Allocates nothing. */
    public void evaluateFirstYear(double[] values, double[] scratch) {
        full.runFirstPart(values, scratch);
    }

    /**
     * Translates the evaluations into bytecode now rather than once they have run often (see {@link Runner}),
     * for tests and benchmarks that compare the two.
     */
    void translateNow() {
        full.translateNow();
        headlineRunner.translateNow();
    }

    /** Whether the full evaluation runs as bytecode yet. */
    boolean translated() {
        return full.translated();
    }

    /** Binds, evaluates and reads the whole result of one scenario. */
    public org.journeyworkbench.engine.result.Result compute(Scenario scenario) {
        double[] v = bind(scenario);
        evaluate(v, newScratch());
        return result(v, scenario == null ? Scenario.BASE_NAME : scenario.name());
    }

    /** The net system saving of evaluated values. */
    public double netSystemSaving(double[] values) {
        return values[index(layout.net)];
    }

    /** The NPV of evaluated values. */
    public double npv(double[] values) {
        return values[index(layout.appraisal.npv)];
    }

    /** The headline figures of evaluated values: first year, NPV, BCR, payback, value for money, NPV by agency. */
    public Options.Headline headline(double[] v) {
        Layout.Appraisal a = layout.appraisal;
        double[] agencyNpv = new double[a.agencyNpv.length];
        for (int k = 0; k < agencyNpv.length; k++) {
            agencyNpv[k] = v[index(a.agencyNpv[k])];
        }
        double bcr = v[index(a.bcr)];
        double payback = v[index(a.payback)];
        double band = v[index(a.valueForMoney)];
        return new Options.Headline(v[index(layout.net)], v[index(a.npv)], Double.isNaN(bcr) ? null : bcr,
                Double.isNaN(payback) ? null : (int) payback,
                Double.isNaN(band) ? null : AppraisalCompiler.VFM_LABELS.get((int) band), agencyNpv);
    }

    /** Reads everything the views, the command line and the workbook show from evaluated values. */
    public org.journeyworkbench.engine.result.Result result(double[] values, String scenarioName) {
        return new ResultReader(model, graph, layout, evaluator, slots).read(values, scenarioName);
    }

    /** Where the headline figures are: the cells an options table refers to. */
    public HeadlineCells headlineCells() {
        Layout.Appraisal a = layout.appraisal;
        return new HeadlineCells(layout.net, a.npv, a.bcr, a.payback, a.valueForMoney, a.agencyNpv.clone());
    }

    /** Cell numbers of the first-year net saving, NPV, BCR, payback year, value for money and NPV by agency. */
    public record HeadlineCells(int year1NetSaving, int npv, int bcr, int paybackYear, int valueForMoney,
                                int[] agencyNpv) {
    }
}
