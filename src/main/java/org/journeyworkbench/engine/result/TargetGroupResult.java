package org.journeyworkbench.engine.result;

import java.util.Map;

/**
 * The standard journey of one target group with no initiative: the cases reaching each stage and
 * carried by each arrow a year, and the expected cost to go of one case standing at each stage.
 */
public record TargetGroupResult(String targetGroupId, Map<String, Double> casesAtStage,
                                Map<String, Double> casesOnTransition, Map<String, Double> costToGo) {
}
