package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.cli.CliTest.Run;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {
    private static final String BARNET = Samples.BARNET.toString();

    private static JsonNode json(String... args) throws Exception {
        Run r = CliTest.run(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void jsonHasExactlyTheIssuesFields() throws Exception {
        JsonNode j = json("simulate", BARNET, "--samples", "3000", "--seed", "5", "--format", "json");
        List<String> names = new ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("metric", "samples", "seed", "mean", "sd", "p5", "p10", "p50", "p90", "p95",
                "probabilityPositive", "standardError", "histogram"), names);
        assertEquals("npv", j.get("metric").asText());
        assertEquals(3000, j.get("samples").asInt());
        assertEquals(5, j.get("seed").asLong());
        long count = 0;
        for (JsonNode b : j.get("histogram")) {
            assertTrue(b.get("from").asDouble() <= b.get("to").asDouble());
            count += b.get("count").asLong();
        }
        assertEquals(3000, count);
        assertTrue(j.get("p10").asDouble() <= j.get("p50").asDouble());
        assertTrue(j.get("p50").asDouble() <= j.get("p90").asDouble());
    }

    @Test
    void theSameSeedGivesTheSameFiguresWhateverTheThreads() throws Exception {
        JsonNode one = json("simulate", BARNET, "--samples", "5000", "--threads", "1", "--format", "json");
        JsonNode two = json("simulate", BARNET, "--samples", "5000", "--threads", "2", "--format", "json");
        assertEquals(one, two);
    }

    @Test
    void aRangeGivenWithSetIsUsedForThisRunOnly() throws Exception {
        // A model without ranges: every sample is the deterministic figure...
        JsonNode fixed = json("simulate", BARNET, "--samples", "200", "--format", "json", "--metric", "year1",
                "--set", "stages.arrest.unitCost=fixed", "--set", "stages.caution.unitCost=fixed",
                "--set", "stages.court.unitCost=fixed", "--set", "stages.custody.unitCost=fixed",
                "--set", "stages.intensive-order.unitCost=fixed", "--set", "targetGroups.at-risk.cases=fixed",
                "--set", "targetGroups.at-risk.rates.callout-arrest=fixed",
                "--set", "transitions.arrest-caution.rate=fixed", "--set", "initiatives.coaches.takeUp=fixed",
                "--set", "initiatives.personalisation.reoffending.reduction=fixed");
        assertEquals(166604.4, fixed.get("p10").asDouble(), 0.005);
        assertEquals(fixed.get("p10").asDouble(), fixed.get("p90").asDouble(), 0);
        // ...and a range on the command line widens it
        JsonNode wide = json("simulate", BARNET, "--samples", "2000", "--format", "json", "--metric", "year1",
                "--set", "stages.arrest.unitCost=triangular(1500,1930,2500)");
        assertTrue(wide.get("sd").asDouble() > 0);
    }

    @Test
    void theTableSaysWhatWasDrawn() {
        Run r = CliTest.run("simulate", BARNET, "--samples", "2000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2,000 samples, seed 20121001"), r.out());
        assertTrue(r.out().contains("Arrest unit cost (stages.arrest.unitCost): £1,500 to £2,500, most likely £1,930"),
                r.out());
        assertTrue(r.out().contains("Chance above zero"), r.out());
    }

    @Test
    void badSettingsAreOneLineAndExitTwo() {
        Run r = CliTest.run("simulate", BARNET, "--samples", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("--samples: must be between 2 and"), r.err());
        Run range = CliTest.run("simulate", BARNET, "--set", "transitions.arrest-caution.rate=20% to 120%");
        assertEquals(2, range.code());
        assertTrue(range.err().contains("goes above 100%"), range.err());
    }
}
