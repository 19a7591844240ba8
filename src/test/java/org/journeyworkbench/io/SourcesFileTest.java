package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sources and price years of the model file: on cost lines, a group's cases, own rates and own unit costs,
 * an arrow's default rate, a take-up, reduced reoffending and a deadweight (docs/model-format.md).
 */
class SourcesFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OLD_BARNET = Path.of("src/test/resources/old-files/barnet-2012-without-sources.json");
    private static final String FITS = "Reconstruction: fits the slides' Cost/Benefit Summary";

    /** Barnet with a source of every kind set, including the awkward ones (a price year with no text). */
    private static JourneyModel everyKind() {
        JourneyModel m = Samples.barnet();
        m = Inputs.withSource(m, InputAddress.transitionRate("arrest-cps"), Provenance.of("Home Office, table 3"));
        m = Inputs.withSource(m, InputAddress.groupCases("asb"), Provenance.of("Police CAD extract, 2011-12"));
        m = Inputs.withSource(m, InputAddress.groupRate("alcohol", "court-custody"), Provenance.of("MoJ sentencing"));
        m = Inputs.withSource(m, InputAddress.groupUnitCost("short-custody", "custody"), Provenance.of("", 2011));
        m = Inputs.withSource(m, InputAddress.takeUp("iac"), Provenance.of("Probation Trust estimate"));
        m = Inputs.withSource(m, InputAddress.reoffendingRepeats("personalisation"), Provenance.of("NOMS cohort"));
        m = Inputs.withSource(m, InputAddress.deadweight("njp"), Provenance.of("Evaluation of the pilot"));
        m = Inputs.withSource(m, InputAddress.costLine("personalisation", true, "officers", false),
                Provenance.of("Probation pay scales", 2013));
        m = Inputs.withSource(m, InputAddress.costLine("njp", false, "facilitators", true), Provenance.of("Quote"));
        return m;
    }

    @Test
    void aModelWithASourceOnEveryKindOfInputRoundTrips() throws IOException {
        JourneyModel model = everyKind();
        String json = ModelFiles.toJson(model);
        assertEquals(model, ModelFiles.parse(json, "again.json"));

        JsonNode file = JSON.readTree(json);
        assertEquals("Home Office, table 3", file.at("/transitions/2/source").asText());
        assertEquals("Police CAD extract, 2011-12", file.at("/targetGroups/0/casesSource").asText());
        assertEquals("{\"court-custody\":\"MoJ sentencing\"}", file.at("/targetGroups/2/rateSources").toString());
        assertEquals("{\"custody\":{\"priceYear\":2011}}", file.at("/targetGroups/3/unitCostSources").toString());
        assertEquals("{\"custody\":{\"source\":\"" + FITS + " (a short custodial sentence)\",\"priceYear\":\"2012-13\"}}",
                file.at("/targetGroups/4/unitCostSources").toString());
        assertEquals("Probation Trust estimate", file.at("/initiatives/3/takeUp/source").asText());
        assertEquals("NOMS cohort", file.at("/initiatives/4/reoffending/source").asText());
        assertEquals("Evaluation of the pilot", file.at("/initiatives/0/deadweightSource").asText());
        assertEquals("Probation pay scales", file.at("/initiatives/4/runningCosts/1/source").asText());
        assertEquals(2013, file.at("/initiatives/4/runningCosts/1/priceYear").asInt());
        assertEquals("Quote", file.at("/initiatives/0/setUpCosts/0/source").asText());
        assertTrue(file.at("/initiatives/0/setUpCosts/0/priceYear").isMissingNode(), "no price year, none written");
        assertTrue(json.indexOf("\"cases\" : 56") < json.indexOf("\"casesSource\"")
                && json.indexOf("\"casesSource\"") < json.indexOf("\"entryStage\" : \"callout\""),
                "the source sits beside its figure");
    }

    @Test
    void clearedSourcesAreLeftOutOfTheFile() throws IOException {
        JourneyModel model = Samples.barnet();
        for (Input input : Inputs.list(model)) {
            if (Inputs.hasSource(input.at()) && !Inputs.source(model, input.at()).isEmpty()
                    && !isFollowingTheJourney(model, input.at())) {
                model = Inputs.withSource(model, input.at(), Provenance.NONE);
            }
        }
        String json = ModelFiles.toJson(model);
        for (String field : List.of("casesSource", "rateSources", "unitCostSources", "deadweightSource")) {
            assertFalse(json.contains("\"" + field + "\""), field);
        }
        JsonNode file = JSON.readTree(json);
        for (JsonNode t : file.get("transitions")) {
            assertFalse(t.has("source"), t.toString());
        }
        for (JsonNode i : file.get("initiatives")) {
            assertFalse(i.get("takeUp").has("source"), i.toString());
            for (JsonNode line : i.path("setUpCosts")) {
                assertFalse(line.has("source") || line.has("priceYear"), line.toString());
            }
        }
        assertEquals(model, ModelFiles.parse(json, "cleared.json"));
    }

    private static boolean isFollowingTheJourney(JourneyModel m, InputAddress a) {
        return switch (a.target()) {
            case GROUP_RATE -> !m.targetGroup(a.id()).orElseThrow().rates().containsKey(a.key());
            case GROUP_UNIT_COST -> !m.targetGroup(a.id()).orElseThrow().unitCosts().containsKey(a.key());
            case STAGE_UNIT_COST -> true; // the stage's own fields, tested elsewhere
            default -> false;
        };
    }

    @Test
    void anOldFileWithoutSourcesOpensUnchangedAndIsSavedWithoutThem() {
        JourneyModel old = ModelFiles.read(OLD_BARNET);
        JourneyModel sample = Samples.barnet();

        assertEquals(Engine.compute(sample).summary(), Engine.compute(old).summary());
        assertEquals(Inputs.list(sample), Inputs.list(old), "every figure the same, only the sources added");
        // The sample has since gained illustrative ranges (issue 10) and pinned levers (issue 11), which the old
        // file predates.
        JourneyModel stripped = ModelFiles.parse(withoutSources(sample(Samples.BARNET)).toString(), "stripped.json")
                .withUncertainty(org.journeyworkbench.model.Uncertainty.none())
                .withWorkshop(org.journeyworkbench.model.Workshop.none());
        for (var stage : old.stages()) { // the stages' sources now cite the slides and a financial price year
            stripped = stripped.withStage(stage.id(), s -> s.withProvenance(stage.provenance()));
        }
        assertEquals(stripped, old, "the sample is the old file plus sources, ranges and levers, nothing else");
        for (Input input : Inputs.list(old)) {
            Provenance p = Inputs.source(old, input.at());
            boolean stageCost = input.at().target() == InputAddress.Target.STAGE_UNIT_COST
                    || (input.at().target() == InputAddress.Target.GROUP_UNIT_COST && isFollowingTheJourney(old,
                    input.at()));
            assertEquals(stageCost, !p.isEmpty(), input.address() + ": only the stages had sources: " + p);
        }
        String saved = ModelFiles.toJson(old);
        for (String field : List.of("casesSource", "rateSources", "unitCostSources", "deadweightSource")) {
            assertFalse(saved.contains("\"" + field + "\""), field);
        }
    }

    /** The sample's JSON with every field this change added taken out. */
    private static ObjectNode withoutSources(ObjectNode file) {
        file.get("transitions").forEach(t -> ((ObjectNode) t).remove("source"));
        file.get("targetGroups").forEach(g -> ((ObjectNode) g).remove(List.of("casesSource", "rateSources",
                "unitCostSources")));
        for (JsonNode i : file.get("initiatives")) {
            ((ObjectNode) i).remove("deadweightSource");
            ((ObjectNode) i.get("takeUp")).remove("source");
            if (i.has("reoffending")) {
                ((ObjectNode) i.get("reoffending")).remove("source");
            }
            for (String list : List.of("runningCosts", "setUpCosts")) {
                i.path(list).forEach(line -> ((ObjectNode) line).remove(List.of("source", "priceYear")));
            }
        }
        return file;
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /initiatives/4/runningCosts/1          | priceYear      | 1850                 | $.initiatives[4].runningCosts[1].priceYear | 1850 is not a plausible price year
            /initiatives/0/setUpCosts/0            | priceYear      | 2201                 | $.initiatives[0].setUpCosts[0].priceYear | 2201 is not a plausible price year
            /initiatives/4/setUpCosts/0            | priceYear      | -2012                | $.initiatives[4].setUpCosts[0].priceYear | -2012 is not a plausible price year
            /targetGroups/3/unitCostSources/custody | priceYear     | 1066                 | $.targetGroups[3].unitCostSources.custody.priceYear | 1066 is not a plausible price year
            /stages/1                              | priceYear      | 1850                 | $.stages[1].priceYear | 1850 is not a plausible price year
            /targetGroups/0/rateSources            | cps-court      | "Court records"      | $.targetGroups[0].rateSources.cps-court | this group has no rate of its own for "cps-court"; a source goes with the group's own rate (one that follows the journey's has the journey's source)
            /targetGroups/0                        | unitCostSources | { "arrest": { "source": "x" } } | $.targetGroups[0].unitCostSources.arrest | this group has no unit cost of its own for "arrest"; a source goes with the group's own unit cost (one that follows the journey's has the journey's source)
            /initiatives/4/takeUp                  | source         | { "text": "x" }      | $.initiatives[4].takeUp.source | must be text
            /initiatives/4/runningCosts/1          | priceYear      | "about 2012"         | $.initiatives[4].runningCosts[1].priceYear | "about 2012" is not a year: write a financial year such as 2012-13 or a calendar year such as 2012
            /targetGroups/0                        | rateSources    | [ "x" ]              | $.targetGroups[0].rateSources | must be an object { ... }
            /targetGroups/3                        | unitCostSources | { "custody": "x" }  | $.targetGroups[3].unitCostSources.custody | must be an object { ... }
            """)
    void aBadValueGivesOneMessageNamingItsJsonPath(String pointer, String field, String value, String path,
                                                  String problem) {
        ObjectNode file = sample(Samples.BARNET);
        ((ObjectNode) file.at(pointer)).set(field, json(value));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.parse(file.toString(), "bad.json"));
        assertEquals(path, e.field());
        assertEquals("bad.json: " + path + ": " + problem, e.getMessage());
    }

    @Test
    void aSourceOrPriceYearLeftEmptyIsNoSource() {
        ObjectNode file = sample(Samples.BARNET);
        ((ObjectNode) file.at("/initiatives/4/runningCosts/1")).put("source", "  ");
        ((ObjectNode) file.at("/initiatives/4/runningCosts/1")).putNull("priceYear");
        ((ObjectNode) file.at("/targetGroups/0/rateSources")).put("arrest-cps", "");
        ((ObjectNode) file.at("/targetGroups/3/unitCostSources")).set("custody", json("{}"));
        JourneyModel model = ModelFiles.parse(file.toString(), "empty.json");
        assertEquals(Provenance.NONE, Inputs.source(model, "initiatives.personalisation.runningCosts.officers.unitCost"));
        assertEquals(Provenance.NONE, Inputs.source(model, "targetGroups.asb.rates.arrest-cps"));
        assertEquals(Provenance.NONE, Inputs.source(model, "targetGroups.short-custody.unitCosts.custody"));
        assertFalse(model.targetGroup("asb").orElseThrow().rateSources().containsKey("arrest-cps"));
    }

    static List<Path> samples() {
        return Samples.all();
    }

    /** Every cost line, volume, rate, take-up, reoffending and deadweight of the samples says where it comes from. */
    @ParameterizedTest
    @MethodSource("samples")
    void theSamplesCiteASourceForEveryInputThatKeepsOne(Path sample) {
        JourneyModel model = ModelFiles.read(sample);
        for (Input input : Inputs.list(model)) {
            if (!Inputs.hasSource(input.at())) {
                continue;
            }
            Provenance p = Inputs.source(model, input.at());
            assertFalse(p.source().isBlank(), input.address() + " has no source");
            assertEquals(Inputs.hasPriceYear(input.at()), p.hasPriceYear(), input.address() + ": " + p);
        }
    }

    @Test
    void theBarnetSampleSaysWhichFiguresAreReconstructedToFitTheSummary() {
        JourneyModel barnet = Samples.barnet();
        assertEquals(Provenance.of(FITS, PriceYear.financial(2012)),
                Inputs.source(barnet, "initiatives.personalisation.runningCosts.officers.unitCost"));
        assertEquals(Provenance.of(FITS, PriceYear.financial(2012)),
                Inputs.source(barnet, "initiatives.personalisation.setUpCosts.budgets-setup.unitCost"));
        assertEquals(Provenance.of("Reconstruction (see notes)"), Inputs.source(barnet, "targetGroups.asb.cases"));
        assertEquals(Provenance.of("Reconstruction (see notes)"), Inputs.source(barnet, "initiatives.njp.takeUp"));
        assertEquals(Provenance.of("CLG Troubled Families cost database, 2012 (as the slides cite it: \"per CLG TF "
                + "cost database\")", PriceYear.financial(2012)), Inputs.source(barnet, "stages.arrest.unitCost"));
    }

    private static ObjectNode sample(Path file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
