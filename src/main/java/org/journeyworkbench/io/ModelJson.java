package org.journeyworkbench.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The model file as it is written on disk, separate from the live model records so the file format can
 * change without the model (Cryptomator's SettingsJson pattern). Every field is nullable here: the mapper
 * says which are required, naming the JSON path. Unknown fields are ignored so a file edited by hand with
 * extra notes still opens. Documented field by field in {@code docs/model-format.md}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "formatVersion", "savedBy", "name", "notes", "appraisal", "agencies", "stages",
        "transitions", "targetGroups", "initiatives", "level1", "uncertainty", "correlations", "scenarios",
        "workshop"})
public record ModelJson(String format, Integer formatVersion, String savedBy, String name, String notes,
                        AppraisalJson appraisal, List<AgencyJson> agencies, List<StageJson> stages,
                        List<TransitionJson> transitions, List<TargetGroupJson> targetGroups,
                        List<InitiativeJson> initiatives, Level1Json level1, List<ScenarioJson> scenarios,
                        Map<String, DistributionJson> uncertainty, List<CorrelationJson> correlations,
                        WorkshopJson workshop) {

    /** The file without ranges or correlations (as every file before them). */
    public ModelJson(String format, Integer formatVersion, String savedBy, String name, String notes,
                     AppraisalJson appraisal, List<AgencyJson> agencies, List<StageJson> stages,
                     List<TransitionJson> transitions, List<TargetGroupJson> targetGroups,
                     List<InitiativeJson> initiatives, Level1Json level1, List<ScenarioJson> scenarios) {
        this(format, formatVersion, savedBy, name, notes, appraisal, agencies, stages, transitions, targetGroups,
                initiatives, level1, scenarios, null, null);
    }

    /** The file without pinned levers (as every file before workshop mode). */
    public ModelJson(String format, Integer formatVersion, String savedBy, String name, String notes,
                     AppraisalJson appraisal, List<AgencyJson> agencies, List<StageJson> stages,
                     List<TransitionJson> transitions, List<TargetGroupJson> targetGroups,
                     List<InitiativeJson> initiatives, Level1Json level1, List<ScenarioJson> scenarios,
                     Map<String, DistributionJson> uncertainty, List<CorrelationJson> correlations) {
        this(format, formatVersion, savedBy, name, notes, appraisal, agencies, stages, transitions, targetGroups,
                initiatives, level1, scenarios, uncertainty, correlations, null);
    }

    /** One input's range: {@code { "distribution": "triangular", "low", "mode", "high", "source" }}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"distribution", "low", "mode", "high", "mean", "sd", "source"})
    public record DistributionJson(String distribution, Double low, Double mode, Double high, Double mean, Double sd,
                                   String source) {
    }

    /** {@code { "inputs": [a, b], "correlation": 0.6, "source" }}: a rank correlation between two inputs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"inputs", "correlation", "source"})
    public record CorrelationJson(List<String> inputs, Double correlation, String source) {
    }

    /** The inputs pinned as levers for workshop mode, by address; absent when none are. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkshopJson(List<String> levers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"years", "discountRates", "optimismBias", "priceBase", "firstYear"})
    public record AppraisalJson(Integer years, List<DiscountBandJson> discountRates, OptimismBiasJson optimismBias,
                                String priceBase, String firstYear) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"fromYear", "rate"})
    public record DiscountBandJson(Integer fromYear, Double rate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"costs", "benefits"})
    public record OptimismBiasJson(Double costs, Double benefits) {
    }

    /** Each list a multiplier a year from year 0; an absent list is flat ([1]). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"takeUp", "runningCosts", "setUpCosts"})
    public record ProfileJson(List<Double> takeUp, List<Double> runningCosts, List<Double> setUpCosts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgencyJson(String id, String name, String colour) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PositionJson(Double x, Double y) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "agency", "unitCost", "source", "priceYear", "libraryId", "position"})
    public record StageJson(String id, String name, String agency, Double unitCost, String source, Object priceYear,
                            String libraryId, PositionJson position) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "from", "to", "rate", "label", "source"})
    public record TransitionJson(String id, String from, String to, Double rate, String label, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "referrer", "cases", "casesSource", "entryStage", "rates", "rateSources",
            "unitCosts", "unitCostSources", "position"})
    public record TargetGroupJson(String id, String name, String referrer, Double cases, String casesSource,
                                  String entryStage, Map<String, Double> rates, Map<String, String> rateSources,
                                  Map<String, Double> unitCosts, Map<String, SourceJson> unitCostSources,
                                  PositionJson position) {
    }

    /**
     * Where a sum of money comes from, the year it is priced in (a number is a calendar year, text such as
     * "2012-13" a financial year) and the unit-cost library entry it was picked from.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"source", "priceYear", "libraryId"})
    public record SourceJson(String source, Object priceYear, String libraryId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"basis", "value", "source"})
    public record TakeUpJson(String basis, Double value, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"reduction", "repeatJourneysPerCase", "repeatFromStage", "source"})
    public record ReoffendingJson(Double reduction, Double repeatJourneysPerCase, String repeatFromStage,
                                  String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "label", "agency", "unitCost", "quantity", "basis", "source", "priceYear", "libraryId"})
    public record CostLineJson(String id, String label, String agency, Double unitCost, Double quantity,
                               String basis, String source, Object priceYear, String libraryId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "description", "targetGroup", "interventionStage", "takeUp", "alternativeRoute",
            "reoffending", "runningCosts", "setUpCosts", "profile", "deadweight", "deadweightSource", "optimismBias",
            "enabled", "position"})
    public record InitiativeJson(String id, String name, String description, String targetGroup,
                                 String interventionStage, TakeUpJson takeUp, List<String> alternativeRoute,
                                 ReoffendingJson reoffending, List<CostLineJson> runningCosts,
                                 List<CostLineJson> setUpCosts, ProfileJson profile, Double deadweight,
                                 String deadweightSource, OptimismBiasJson optimismBias, Boolean enabled,
                                 PositionJson position) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermJson(String name, String label, String measure, Double value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Level1Json(List<TermJson> terms, String formula) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "description", "overrides", "initiatives", "uncertainty", "correlations"})
    public record ScenarioJson(String name, String description, Map<String, Double> overrides,
                               Map<String, Boolean> initiatives, Map<String, DistributionJson> uncertainty,
                               List<CorrelationJson> correlations) {
        public ScenarioJson(String name, String description, Map<String, Double> overrides,
                            Map<String, Boolean> initiatives) {
            this(name, description, overrides, initiatives, null, null);
        }
    }
}
