package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;

/**
 * Every option side by side: the base case and each scenario of the model, evaluated on one compiled
 * calculation, each with its difference from the base case. Cheap enough to run on every slider step.
 */
public final class Options {
    private final Calculation calc;
    private final List<Scenario> options = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final double[] scratch;

    /**
     * Binds the base case and every scenario of the compiled model.
     *
     * @throws org.journeyworkbench.model.ModelException naming the scenario and input when one cannot be bound
     */
    public Options(Calculation calc) {
        this.calc = calc;
        this.scratch = calc.newScratch();
        JourneyModel m = calc.model();
        options.add(Scenario.base());
        options.addAll(m.scenarios());
        for (Scenario s : options) {
            values.add(calc.bind(s));
        }
    }

    /** Evaluates every option and compares each with the base case. */
    public List<OptionResult> compare() {
        List<Headline> headlines = new ArrayList<>();
        for (double[] v : values) {
            calc.evaluateHeadline(v, scratch);
            headlines.add(calc.headline(v));
        }
        Headline base = headlines.get(0);
        List<OptionResult> out = new ArrayList<>();
        JourneyModel m = calc.model();
        for (int k = 0; k < options.size(); k++) {
            Scenario s = options.get(k);
            Headline h = headlines.get(k);
            List<OptionResult.AgencyNpv> agencies = new ArrayList<>();
            for (int a = 0; a < m.agencies().size(); a++) {
                agencies.add(new OptionResult.AgencyNpv(m.agencies().get(a).id(), m.agencies().get(a).name(),
                        h.agencyNpv()[a], h.agencyNpv()[a] - base.agencyNpv()[a]));
            }
            out.add(new OptionResult(s.name(), s.description(), k == 0, h.year1NetSaving(), h.npv(), h.bcr(),
                    h.paybackYear(), h.valueForMoney(), h.year1NetSaving() - base.year1NetSaving(),
                    h.npv() - base.npv(), agencies));
        }
        return out;
    }

    /** The headline figures of evaluated values, read without building a whole result. */
    public record Headline(double year1NetSaving, double npv, Double bcr, Integer paybackYear, String valueForMoney,
                           double[] agencyNpv) {
    }
}
