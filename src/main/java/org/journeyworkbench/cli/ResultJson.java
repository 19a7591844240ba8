package org.journeyworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.CostBenefitSummary;
import org.journeyworkbench.engine.InitiativeResult;
import org.journeyworkbench.engine.Level1Result;
import org.journeyworkbench.engine.Result;
import org.journeyworkbench.engine.TargetGroupResult;
import org.journeyworkbench.model.JourneyModel;

/** {@code compute --format json}: every figure the engine works out, unrounded. See docs/cli.md. */
final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Report(String model, String scenario, CostBenefitSummary summary, Level1Result level1,
                  double netSystemSaving, List<InitiativeResult> initiatives, List<TargetGroupResult> targetGroups,
                  Map<String, Double> casesAtStage, Map<String, Double> casesOnTransition, List<String> warnings) {
    }

    private ResultJson() {
    }

    static String write(JourneyModel model, Result r) {
        Report report = new Report(model.name(), r.scenario(), r.summary(), r.level1(), r.netSystemSaving(),
                r.initiatives(), r.targetGroups(), r.casesAtStage(), r.casesOnTransition(), r.warnings());
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
