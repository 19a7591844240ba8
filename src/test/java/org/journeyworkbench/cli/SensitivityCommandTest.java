package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.journeyworkbench.cli.CliTest.Run;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

class SensitivityCommandTest {
    private static final String BARNET = Samples.BARNET.toString();

    @Test
    void jsonHasTheIssuesFieldsWidestFirst() throws Exception {
        Run r = CliTest.run("sensitivity", BARNET, "--metric", "year1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("metric", "base", "inputs"), names(j));
        assertEquals("year1", j.get("metric").asText());
        assertEquals(166604.4, j.get("base").asDouble(), 0.005);
        JsonNode first = j.get("inputs").get(0);
        assertEquals(List.of("address", "label", "low", "high", "metricAtLow", "metricAtHigh", "switchingValue"),
                names(first));
        double previous = Double.MAX_VALUE;
        for (JsonNode in : j.get("inputs")) {
            double width = Math.abs(in.get("metricAtHigh").asDouble() - in.get("metricAtLow").asDouble());
            assertTrue(width <= previous + 1e-6);
            previous = width;
        }
        assertTrue(j.toString().contains("\"switchingValue\":null"), "none is null");
    }

    @Test
    void aRangeGivenWithSetIsSwungOverItsP10ToP90() throws Exception {
        Run r = CliTest.run("sensitivity", BARNET, "--format", "json",
                "--set", "stages.arrest.unitCost=uniform(1500, 2500)");
        assertEquals(0, r.code(), r.err());
        for (JsonNode in : new ObjectMapper().readTree(r.out()).get("inputs")) {
            if (in.get("address").asText().equals("stages.arrest.unitCost")) {
                assertEquals(1600, in.get("low").asDouble(), 1e-9);
                assertEquals(2400, in.get("high").asDouble(), 1e-9);
                return;
            }
        }
        throw new AssertionError("no arrest");
    }

    @Test
    void theTableAndTheSwingOption() {
        Run r = CliTest.run("sensitivity", BARNET, "--swing", "10%", "--top", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("±10%"), r.out());
        assertTrue(r.out().contains("Switching value"), r.out());
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        Run bad = CliTest.run("sensitivity", BARNET, "--swing", "lots");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("--swing:"), bad.err());
        Run metric = CliTest.run("sensitivity", BARNET, "--metric", "irr");
        assertEquals(2, metric.code());
        assertTrue(metric.err().contains("not a result"), metric.err());
        Run range = CliTest.run("sensitivity", BARNET, "--set", "stages.arrest.unitCost=triangular(-5,1930,2500)");
        assertEquals(2, range.code());
        assertTrue(range.err().contains("goes below £0"), range.err());
        assertFalse(range.err().contains("Exception"), range.err());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
