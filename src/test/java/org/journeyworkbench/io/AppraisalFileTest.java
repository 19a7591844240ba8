package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.OptimismBias;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The appraisal fields of the model file: the model's {@code appraisal}, and each initiative's profile, deadweight
 * and optimism bias. */
class AppraisalFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TAMESIDE = Samples.FOLDER.resolve("tameside-personalised-budgets-2011.json");

    @Test
    void aModelWithEveryAppraisalFieldSetRoundTrips() {
        JourneyModel model = Samples.barnet()
                .withAppraisal(new Appraisal(12, List.of(new DiscountBand(0, 0.05), new DiscountBand(3, 0.04),
                        new DiscountBand(10, 0)), new OptimismBias(0.44, 0.15), "2012-13", "2013-14"))
                .withInitiative("njp", i -> i
                        .withProfile(new Profile(List.of(0.25, 0.75, 1.0), List.of(0.5, 1.0), List.of(0.6, 0.4)))
                        .withDeadweight(0.25)
                        .withOptimismBias(new OptimismBias(2.0, 0.05)))
                // its own optimism bias of nothing at all is not the same as using the model's
                .withInitiative("coaches", i -> i.withOptimismBias(OptimismBias.none()))
                .withInitiative("iac", i -> i.withProfile(Profile.flat().withList(Profile.Kind.SET_UP_COSTS,
                        List.of(0.0, 1.0))).withDeadweight(-0.0));

        String json = ModelFiles.toJson(model);
        JourneyModel again = ModelFiles.parse(json, "again.json");

        assertEquals(model, again);
        assertEquals(null, again.initiative("personalisation").orElseThrow().optimismBias());
        assertEquals(OptimismBias.none(), again.initiative("coaches").orElseThrow().optimismBias());
        assertTrue(json.indexOf("\"notes\"") < json.indexOf("\"appraisal\"")
                && json.indexOf("\"appraisal\"") < json.indexOf("\"agencies\""), "appraisal comes after notes");
    }

    @Test
    void anOldFileWithoutTheAppraisalFieldsReadsWithTheDefaultsAndIsSavedWithoutThem() {
        ObjectNode old = sample(Samples.BARNET);
        old.remove("appraisal");
        JourneyModel model = ModelFiles.parse(old.toString(), "old.json");

        assertEquals(Appraisal.defaults(), model.appraisal());
        assertEquals(Samples.barnet().withAppraisal(Appraisal.defaults()), model);
        for (Initiative i : model.initiatives()) {
            assertEquals(Profile.flat(), i.profile());
            assertEquals(0.0, i.deadweight());
            assertNull(i.optimismBias());
        }
        String saved = ModelFiles.toJson(model);
        for (String field : List.of("appraisal", "discountRates", "profile", "deadweight", "optimismBias")) {
            assertFalse(saved.contains("\"" + field + "\""), field + " is not written when it is the default");
        }
    }

    @Test
    void aFlatProfileNoDeadweightAndTheModelsOptimismBiasAreLeftOutOfTheFile() throws IOException {
        JourneyModel model = ModelFiles.read(TAMESIDE).withInitiative("budgets", i -> i
                .withProfile(Profile.flat().with(Profile.Kind.SET_UP_COSTS, 1, 0.5)).withDeadweight(0));
        JsonNode initiative = JSON.readTree(ModelFiles.toJson(model)).get("initiatives").get(0);

        assertEquals("{\"setUpCosts\":[1.0,0.5]}", initiative.get("profile").toString(),
                "only the lists that are not flat");
        assertFalse(initiative.has("deadweight"));
        assertFalse(initiative.has("optimismBias"));
    }

    @Test
    void missingPiecesOfTheAppraisalTakeTheDefaults() {
        ObjectNode file = sample(Samples.BARNET);
        file.set("appraisal", json("{ \"years\": 10, \"priceBase\": \"2012-13\" }"));
        assertEquals(Appraisal.defaults().withYears(10).withLabels("2012-13", ""),
                ModelFiles.parse(file.toString(), "partial.json").appraisal());

        file.set("appraisal", json("{ \"discountRates\": [], \"optimismBias\": { \"costs\": 0.2 } }"));
        assertEquals(Appraisal.defaults().withOptimismBias(new OptimismBias(0.2, 0)),
                ModelFiles.parse(file.toString(), "partial.json").appraisal());
    }

    @Test
    void aPartOfAnInitiativesOptimismBiasLeftOutIsTheModels() {
        ObjectNode file = sample(TAMESIDE);
        ((ObjectNode) file.get("initiatives").get(0)).set("optimismBias", json("{ \"costs\": 0.5 }"));
        Initiative budgets = ModelFiles.parse(file.toString(), "own-bias.json").initiatives().get(0);
        assertEquals(new OptimismBias(0.5, 0.1), budgets.optimismBias());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            appraisal  | { "discountRates": [ { "fromYear": 0, "rate": 0.035 }, { "fromYear": 31, "rate": 1.2 } ] } | $.appraisal.discountRates[1].rate | a discount rate must be between 0% and 50% (it is 120%)
            appraisal  | { "years": 0 }                                       | $.appraisal.years                 | the appraisal period must be between 1 and 500 years (it is 0)
            appraisal  | { "years": 2.5 }                                     | $.appraisal.years                 | must be a number
            appraisal  | { "discountRates": [ { "fromYear": 0, "rate": 0.035 }, { "fromYear": 40, "rate": 0.03 }, { "fromYear": 31, "rate": 0.025 } ] } | $.appraisal.discountRates[2].fromYear | the bands must be in order of fromYear, each starting after the one before (this one starts at year 31, the one before at year 40)
            appraisal  | { "discountRates": [ { "fromYear": 1, "rate": 0.035 } ] } | $.appraisal.discountRates[0].fromYear | the first band must start at year 0 (it starts at year 1)
            appraisal  | { "discountRates": [ { "rate": 0.035 } ] }           | $.appraisal.discountRates[0].fromYear | is missing; it is required
            appraisal  | { "optimismBias": { "costs": -0.1 } }               | $.appraisal.optimismBias.costs    | an optimism bias uplift on costs must be between 0% and 1,000% (it is -10%)
            appraisal  | { "optimismBias": { "benefits": 1.5 } }             | $.appraisal.optimismBias.benefits | a rate must be between 0% and 100% (it is 150%)
            initiative | { "profile": { "takeUp": [ 0.5, -1 ] } }            | $.initiatives[2].profile.takeUp[1] | a multiplier must be between 0% and 1,000% (it is -100%)
            initiative | { "profile": { "setUpCosts": [ 0.5, null ] } }      | $.initiatives[2].profile.setUpCosts[1] | is empty; give a multiplier such as 1 (100%)
            initiative | { "profile": { "runningCosts": [ "all" ] } }        | $.initiatives[2].profile.runningCosts[0] | must be a number
            initiative | { "deadweight": 1.5 }                                | $.initiatives[2].deadweight       | a rate must be between 0% and 100% (it is 150%)
            initiative | { "optimismBias": { "costs": 11 } }                 | $.initiatives[2].optimismBias.costs | an optimism bias uplift on costs must be between 0% and 1,000% (it is 1100%)
            initiative | { "takeUp": { "basis": "count", "value": -5 } }     | $.initiatives[2].takeUp.value     | a number of cases cannot be negative (it is -5)
            initiative | { "reoffending": { "reduction": 2, "repeatJourneysPerCase": 1, "repeatFromStage": "custody" } } | $.initiatives[2].reoffending.reduction | a rate must be between 0% and 100% (it is 200%)
            """)
    void aBadValueGivesOneMessageNamingItsJsonPath(String where, String fragment, String path, String problem) {
        ObjectNode file = sample(Samples.BARNET);
        if (where.equals("appraisal")) {
            file.set("appraisal", json(fragment));
        } else {
            ((ObjectNode) file.get("initiatives").get(2)).setAll((ObjectNode) json(fragment));
        }
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.parse(file.toString(), "bad.json"));
        assertEquals(path, e.field());
        assertEquals("bad.json: " + path + ": " + problem, e.getMessage());
    }

    @Test
    void theBarnetSampleIsAppraisedOverFiveYearsAtTheGreenBookRatesWithFlatProfiles() {
        JourneyModel barnet = Samples.barnet();
        assertEquals(new Appraisal(5, Appraisal.greenBookRates(), OptimismBias.none(), "2012-13", "2013-14"),
                barnet.appraisal());
        for (Initiative i : barnet.initiatives()) {
            assertTrue(i.profile().isFlat(), i.id());
            assertEquals(0.0, i.deadweight(), i.id());
            assertNull(i.optimismBias(), i.id());
        }
        assertTrue(barnet.notes().contains("the slides stop at Year 1"), barnet.notes());
    }

    @Test
    void theTamesideSampleShowsARampUpDeadweightAndOptimismBias() {
        JourneyModel tameside = ModelFiles.read(TAMESIDE);
        assertEquals(new Appraisal(5, Appraisal.greenBookRates(), new OptimismBias(0.2, 0.1), "2012-13", "2011-12"),
                tameside.appraisal());
        Initiative budgets = tameside.initiative("budgets").orElseThrow();
        assertEquals(new Profile(List.of(0.5, 0.8, 1.0), List.of(1.0), List.of(1.0)), budgets.profile());
        assertEquals(0.1, budgets.deadweight());
        assertNull(budgets.optimismBias());
        assertEquals(new OptimismBias(0.2, 0.1), budgets.optimismBias(tameside.appraisal()));
        assertTrue(tameside.notes().contains("illustrative"), tameside.notes());
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
