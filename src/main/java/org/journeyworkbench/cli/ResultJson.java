package org.journeyworkbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.result.InitiativeResult;
import org.journeyworkbench.engine.result.Level1Result;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.TargetGroupResult;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;

/**
 * {@code compute --format json}: every figure the engine works out, unrounded; {@code appraise --format json}:
 * the appraisal alone; {@code compare --format json}: the options side by side. The field names are a contract
 * documented in docs/cli.md.
 */
final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(Double.class, new FiniteNumbers())
                    .addSerializer(double.class, new FiniteNumbers()));

    /**
     * JSON numbers are numbers: Jackson would write a non-finite double as the string "Infinity". The engine
     * refuses such results at input; this is the last guard, naming the field instead of printing it.
     */
    private static final class FiniteNumbers extends StdSerializer<Double> {
        FiniteNumbers() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!Double.isFinite(value)) {
                String path = gen.getOutputContext().pathAsPointer().toString().replace('/', '.');
                throw new ModelException(path.startsWith(".") ? path.substring(1) : path,
                        "the result is too large to write as a number (" + value + "); check the inputs "
                                + "that feed it for values far too big");
            }
            gen.writeNumber(value);
        }
    }

    record Report(String model, String scenario, CostBenefitSummary summary, Level1Result level1,
                  double netSystemSaving, AppraisalJson appraisal, List<InitiativeResult> initiatives,
                  List<TargetGroupResult> targetGroups, Map<String, Double> casesAtStage,
                  Map<String, Double> casesOnTransition, List<String> warnings) {
    }

    record AppraisalReport(String model, String scenario, AppraisalJson appraisal, List<String> warnings) {
    }

    /** The appraisal; priceBase and firstYear are null when the model does not state them. */
    record AppraisalJson(String priceBase, String firstYear, List<YearJson> years, double pvBenefits, double pvCosts,
                         double npv, Double bcr, Integer paybackYear, String valueForMoney,
                         List<AgencyJson> byAgency) {
        static AppraisalJson of(AppraisalResult a) {
            return new AppraisalJson(a.priceBase().isBlank() ? null : a.priceBase(),
                    a.firstYear().isBlank() ? null : a.firstYear(), a.years().stream().map(YearJson::of).toList(),
                    a.pvBenefits(), a.pvCosts(), a.npv(), a.bcr(), a.paybackYear(), a.valueForMoney(),
                    a.byAgency().stream().map(AgencyJson::of).toList());
        }
    }

    /** One year: the contract's eight fields first, then how benefits and costs were made up. */
    record YearJson(int year, String label, double benefits, double costs, double net, double discountFactor,
                    double presentValue, double cumulativePresentValue, double grossBenefits, double deadweight,
                    double optimismBiasOnBenefits, double grossCosts, double optimismBiasOnCosts,
                    Map<String, Double> benefitsByAgency, Map<String, Double> costsByAgency) {
        static YearJson of(AppraisalResult.AppraisalYear y) {
            return new YearJson(y.year(), y.label(), y.benefits(), y.costs(), y.net(), y.discountFactor(),
                    y.presentValue(), y.cumulativePresentValue(), y.grossBenefits(), y.deadweight(),
                    y.optimismBiasOnBenefits(), y.grossCosts(), y.optimismBiasOnCosts(), y.benefitsByAgency().amounts(),
                    y.costsByAgency().amounts());
        }
    }

    record AgencyJson(String agencyId, String agency, double pvBenefits, double pvCosts, double npv) {
        static AgencyJson of(AppraisalResult.AgencyAppraisal g) {
            return new AgencyJson(g.agencyId(), g.agency(), g.pvBenefits(), g.pvCosts(), g.npv());
        }
    }

    /** {@code compare --format json}: every option side by side. */
    record OptionsReport(String model, String priceBase, int years, List<OptionJson> options) {
    }

    /** One option; bcr, paybackYear and valueForMoney are null when there is none. */
    record OptionJson(String name, String description, boolean baseCase, double year1NetSaving, double npv,
                      Double bcr, Integer paybackYear, String valueForMoney, double deltaYear1NetSaving,
                      double deltaNpv, List<AgencyNpvJson> byAgency) {
        static OptionJson of(OptionResult o) {
            return new OptionJson(o.name(), o.description(), o.baseCase(), o.year1NetSaving(), o.npv(), o.bcr(),
                    o.paybackYear(), o.valueForMoney(), o.deltaYear1NetSaving(), o.deltaNpv(),
                    o.byAgency().stream().map(g -> new AgencyNpvJson(g.agencyId(), g.agency(), g.npv(), g.deltaNpv()))
                            .toList());
        }
    }

    record AgencyNpvJson(String agencyId, String agency, double npv, double deltaNpv) {
    }

    private ResultJson() {
    }

    static String write(JourneyModel model, Result r) {
        Report report = new Report(model.name(), r.scenario(), r.summary(), r.level1(), r.netSystemSaving(),
                AppraisalJson.of(r.appraisal()), r.initiatives(), r.targetGroups(), r.casesAtStage(),
                r.casesOnTransition(), r.warnings());
        return json(report);
    }

    static String writeAppraisal(JourneyModel model, Result r) {
        return json(new AppraisalReport(model.name(), r.scenario(), AppraisalJson.of(r.appraisal()), r.warnings()));
    }

    /** @param model the model with the --set changes made (for the price base and the period) */
    static String writeOptions(JourneyModel model, List<OptionResult> options) {
        String priceBase = model.appraisal().priceBase();
        return json(new OptionsReport(model.name(), priceBase.isBlank() ? null : priceBase, model.appraisal().years(),
                options.stream().map(OptionJson::of).toList()));
    }

    static String json(Object report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ModelException m) {
                throw m;
            }
            throw new IllegalStateException(e);
        }
    }
}
