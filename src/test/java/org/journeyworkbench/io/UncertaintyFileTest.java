package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** The model file's {@code uncertainty} and {@code correlations}, at the top level and in a scenario. */
class UncertaintyFileTest {

    @Test
    void rangesAndCorrelationsRoundTrip() {
        Uncertainty u = Uncertainty.none()
                .withDistribution("stages.arrest.unitCost", new Distribution.Triangular(1500, 1930, 2500))
                .withSource("stages.arrest.unitCost", "Illustrative")
                .withDistribution("stages.caution.unitCost", new Distribution.Pert(400, 492, 650))
                .withDistribution("transitions.arrest-caution.rate", new Distribution.Uniform(0.2, 0.4))
                .withDistribution("targetGroups.asb.cases", new Distribution.Normal(56, 10))
                .withDistribution("stages.custody.unitCost", new Distribution.Lognormal(19000, 3000))
                .withCorrelation(new Correlation("stages.arrest.unitCost", "stages.caution.unitCost", 0.6, "Both police time"));
        Scenario s = new Scenario("Wide", "", Map.of(), Map.of(), Uncertainty.none()
                .withDistribution("stages.arrest.unitCost", new Distribution.Fixed())
                .withCorrelation(new Correlation("stages.arrest.unitCost", "stages.caution.unitCost", 0)));
        JourneyModel m = Samples.barnet().withUncertainty(u).withScenarios(List.of(s));
        JourneyModel back = ModelFiles.parse(ModelFiles.toJson(m), "test.json");
        assertEquals(m.uncertainty(), back.uncertainty());
        assertEquals(m.scenarios(), back.scenarios());
        assertTrue(ModelFiles.toJson(m).contains("\"distribution\" : \"triangular\""));
    }

    @Test
    void aFileWithoutRangesSavesWithoutThem() {
        String json = ModelFiles.toJson(Samples.barnet().withUncertainty(Uncertainty.none()));
        assertFalse(json.contains("\"uncertainty\""));
        assertFalse(json.contains("\"correlations\""));
    }

    @Test
    void aBadEntryNamesItsPath() {
        String json = ModelFiles.toJson(Samples.barnet().withUncertainty(Uncertainty.none()))
                .replaceFirst("\"level1\"", "\"uncertainty\": {\"stages.arrest.unitCost\": {\"distribution\": "
                        + "\"triangular\", \"low\": 2500, \"mode\": 1930, \"high\": 1500}}, \"level1\"");
        ModelException e = assertThrows(ModelException.class, () -> ModelFiles.parse(json, "bad.json"));
        assertTrue(e.getMessage().contains("$.uncertainty.stages.arrest.unitCost.high"), e.getMessage());

        String kind = json.replace("\"triangular\"", "\"gamma\"");
        e = assertThrows(ModelException.class, () -> ModelFiles.parse(kind, "bad.json"));
        assertTrue(e.getMessage().contains("$.uncertainty.stages.arrest.unitCost.distribution"), e.getMessage());

        String corr = ModelFiles.toJson(Samples.barnet().withUncertainty(Uncertainty.none()))
                .replaceFirst("\"level1\"", "\"correlations\": [{\"inputs\": [\"a\", \"b\"], \"correlation\": 2}], "
                        + "\"level1\"");
        e = assertThrows(ModelException.class, () -> ModelFiles.parse(corr, "bad.json"));
        assertTrue(e.getMessage().contains("$.correlations[0].correlation"), e.getMessage());
    }

    @Test
    void aRangeForNoSuchInputOrOutsideTheInputsValidRangeIsRefusedAsTheFileIsRead() {
        String base = ModelFiles.toJson(Samples.barnet().withUncertainty(Uncertainty.none()));
        String noSuch = base.replaceFirst("\"level1\"", "\"uncertainty\": {\"stages.nowhere.unitCost\": "
                + "{\"distribution\": \"uniform\", \"low\": 1, \"high\": 2}}, \"level1\"");
        ModelException e = assertThrows(ModelException.class, () -> ModelFiles.parse(noSuch, "bad.json"));
        assertTrue(e.getMessage().contains("uncertainty.stages.nowhere.unitCost"), e.getMessage());
        assertTrue(e.getMessage().contains("no such input"), e.getMessage());

        String below = base.replaceFirst("\"level1\"", "\"uncertainty\": {\"stages.arrest.unitCost\": "
                + "{\"distribution\": \"uniform\", \"low\": -10, \"high\": 10}}, \"level1\"");
        e = assertThrows(ModelException.class, () -> ModelFiles.parse(below, "bad.json"));
        assertTrue(e.getMessage().contains("uncertainty.stages.arrest.unitCost"), e.getMessage());
        assertTrue(e.getMessage().contains("below"), e.getMessage());
    }
}
