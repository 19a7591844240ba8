package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ModelFilesTest {
    private static final Path BROKEN = Path.of("src/test/resources/broken");

    static java.util.List<Path> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleRoundTripsThroughJson(Path sample) {
        JourneyModel model = ModelFiles.read(sample);
        JourneyModel again = ModelFiles.parse(ModelFiles.toJson(model), "again.json");
        assertEquals(model, again);
        assertEquals(Engine.compute(model).summary(), Engine.compute(again).summary());
    }

    @Test
    void writeThenReadGivesTheSameModelAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        JourneyModel model = Samples.barnet().withStage("arrest", s -> s.withPosition(new Position(120.5, -40)));
        Path file = dir.resolve("model.json");
        ModelFiles.write(model, file);
        ModelFiles.write(model, file);
        assertEquals(model, ModelFiles.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not-json.json              |                                    | is not valid JSON at line 1
            truncated.json             |                                    | the file ends too soon
            empty.json                 |                                    | the file is empty
            not-an-object.json         | $                                  | a model file is a JSON object
            newer-version.json         | $.formatVersion                    | written by a newer Journey Workbench (format 99
            missing-unit-cost.json     | $.stages[1].unitCost               | is missing; it is required
            wrong-type.json            | $.stages[1].unitCost               | must be a number
            unknown-agency.json        | stages[arrest].agency              | there is no agency with id "fire-service"
            unknown-stage.json         | transitions[callout-arrest].to     | there is no stage with id "prison-wing"
            unknown-target-group.json  | initiatives[njp].targetGroup       | there is no target group with id "nobody"
            negative-cost.json         | $.stages[1].unitCost               | a cost cannot be negative
            negative-volume.json       | $.targetGroups[0].cases            | a number of cases cannot be negative
            rate-above-100.json        | $.transitions[0].rate              | a rate must be between 0% and 100% (it is 150%)
            rate-below-0.json          | $.transitions[0].rate              | a rate must be between 0% and 100% (it is -10%)
            rates-sum-over-100.json    | transitions                        | the rates out of "Arrest" add up to 110%
            cycle.json                 | transitions                        | Arrest → CPS prosecution → Magistrates' court → Arrest
            absurd-magnitude.json      | $.stages[1].unitCost               | far too large for a cost
            duplicate-ids.json         | stages                             | two stages have the same id "arrest"
            formula-syntax-error.json  | level1.formula                     | at character 22: expected ')'
            formula-unknown-term.json  | level1.formula                     | no term called "5C"
            nan.json                   |                                    | is not valid JSON
            infinity.json              |                                    | is not valid JSON
            deeply-nested.json         |                                    | nested too deeply
            """)
    void aBrokenFileSaysWhichFileWhichFieldAndWhatIsWrong(String file, String field, String problem) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.read(BROKEN.resolve(file)));
        assertEquals(file, e.file());
        assertEquals(field == null ? "" : field, e.field());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no Java in the message: " + e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.read(BROKEN.resolve("no-such-file.json")));
        assertEquals("no-such-file.json: there is no such file", e.getMessage());
    }

    @Test
    void aHugeFileIsRefusedQuicklyWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024); // sparse: costs no disk
        }
        ModelFileException e = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ModelFileException.class, () -> ModelFiles.read(huge)));
        assertTrue(e.getMessage().contains("is 300 MB"), e.getMessage());
    }

    @Test
    void unknownFieldsAreIgnoredSoHandEditedNotesStillOpen() {
        String json = ModelFiles.toJson(Samples.barnet()).replaceFirst("\\{", "{ \"myNote\" : \"checked by finance\",");
        assertEquals(Samples.barnet(), ModelFiles.parse(json, "noted.json"));
    }

    @Test
    void theFileRecordsItsFormatVersion() {
        String json = ModelFiles.toJson(Samples.barnet());
        assertTrue(json.contains("\"formatVersion\" : " + ModelFiles.FORMAT_VERSION), json.substring(0, 200));
    }
}
