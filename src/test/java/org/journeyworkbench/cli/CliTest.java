package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {
    private static final String BARNET = Samples.BARNET.toString();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvPrintsTheSlidesTableToThePenny() {
        Run r = run("compute", BARNET, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                Agency,Annual saving,Annual cost,Annual impact,Set up costs,Year 1 impact
                Police,357871.04,-98400.00,259471.04,-46000.00,213471.04
                CPS,126260.00,0.00,126260.00,0.00,126260.00
                Probation,0.00,-397350.00,-397350.00,-5000.00,-402350.00
                Court,193935.36,0.00,193935.36,0.00,193935.36
                Prison,351788.00,0.00,351788.00,0.00,351788.00
                TBC,0.00,-75000.00,-75000.00,-241500.00,-316500.00
                Total,1029854.40,-570750.00,459104.40,-292500.00,166604.40
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void tableLooksLikeTheSlides() {
        Run r = run("compute", BARNET);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Total               £1,029,854      (£570,750)        £459,104      (£292,500)"
                + "        £166,604"), r.out());
        assertTrue(r.out().contains("Net system saving"), r.out());
        assertTrue(r.out().contains("(1A + 2A) - (3A + 4AB)"), r.out());
    }

    @Test
    void jsonHasEverything() throws Exception {
        Run r = run("compute", BARNET, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(166_604.4, json.get("netSystemSaving").asDouble(), 1e-6);
        assertEquals(357_871.04, json.at("/summary/rows/0/annualSaving").asDouble(), 1e-6);
        assertEquals("1A", json.at("/level1/terms/0/name").asText());
        assertEquals(5, json.get("initiatives").size());
        assertEquals(200, json.at("/targetGroups/1/casesAtStage/callout").asDouble(), 1e-9);
    }

    @ParameterizedTest(name = "--set {0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            stages.arrest.unitCost                  | 2930   | 2930
            stages.arrest.unitCost                  | £2,930 | 2930
            targetGroups.asb.rates.callout-arrest   | 20%    | 0.2
            targetGroups.asb.cases                  | 100    | 100
            initiatives.coaches.enabled             | false  | 0
            """)
    void setChangesTheFiguresAsTheLevel2LogicSays(String address, String typed, double value) throws Exception {
        Run r = run("compute", BARNET, "--set", address + "=" + typed, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JourneyModel expected = Inputs.set(Samples.barnet(), address, value);
        double net = new ObjectMapper().readTree(r.out()).get("netSystemSaving").asDouble();
        assertEquals(Engine.compute(expected).netSystemSaving(), net, 1e-6);
        assertFalse(Math.abs(net - 166_604.4) < 1e-6, "the figure moved");
    }

    @Test
    void aDearerArrestRaisesThePoliceSavingByTheArrestsAvoided() {
        Run r = run("compute", BARNET, "--set", "stages.arrest.unitCost=2930", "--format", "csv");
        // 105.6 arrests avoided (56 x 10% + 200 x 50%), each £1,000 dearer: 357,871.04 + 105,600.
        assertTrue(r.out().contains("Police,463471.04,"), r.out());
    }

    @Test
    void aScenarioByName() {
        Run r = run("compute", BARNET, "--scenario", "Without Community Coaches", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("Total,555294.40,-570750.00,-15455.60,-200500.00,-215955.60\n"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            compute src/test/resources/broken/cycle.json           | cycle.json: transitions: the journey goes round in a circle
            compute src/test/resources/broken/not-json.json        | not-json.json: is not valid JSON at line 1
            compute no-such.json                                   | no-such.json: there is no such file
            compute sample-models/barnet-2012.json --scenario Nope | --scenario: the model has no scenario called "Nope"
            compute sample-models/barnet-2012.json --set stages.arrest.unitCost=lots | --set stages.arrest.unitCost: "lots" is not a number
            compute sample-models/barnet-2012.json --set stages.arrest.unitCost=-4   | stages.arrest.unitCost: a cost cannot be negative
            compute sample-models/barnet-2012.json --set stages.gaol.unitCost=4      | stages.gaol.unitCost: there is no stage with id "gaol"
            compute sample-models/barnet-2012.json --set arrest                      | --set arrest: write it as ADDRESS=VALUE
            compute sample-models/barnet-2012.json --format pdf    | compute: Invalid value for option '--format'
            compute                                                | compute: Missing required parameter: 'MODEL.json'
            compute a.json b.json                                  | compute: Unmatched argument at index 2: 'b.json'
            --frobnicate                                           | journey-workbench: Unknown option: '--frobnicate'
            """)
    void badInputExitsWithTwoAndOneLineNamingTheProblem(String args, String message) {
        Run r = run(args.split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @ParameterizedTest
    @CsvSource({"--help", "compute --help", "compare --help", "inputs --help", "help compute"})
    void helpOnEveryCommand(String args) {
        Run r = run(args.split(" "));
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage:"), r.out());
    }

    @Test
    void inputsListsEveryAddressWithItsValue() {
        Run r = run("inputs", BARNET);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stages.arrest.unitCost"), r.out());
        assertTrue(r.out().contains("£1,930"), r.out());
        assertTrue(r.out().contains("targetGroups.asb.rates.callout-arrest"), r.out());
        assertTrue(r.out().contains("10%"), r.out());
    }

    @Test
    void theCommandLineRunsWithoutJavaFxOnTheClassPath() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.contains("openjfx") && !p.contains("javafx") && !p.contains("testfx"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, "org.journeyworkbench.Main", "compute", BARNET, "--format", "csv"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("Total,1029854.40,-570750.00,459104.40,-292500.00,166604.40"), output);
    }

    static List<String> brokenFiles() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("src/test/resources/broken"))) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("brokenFiles")
    void everyBrokenFileGivesExitCodeTwoAndOneLineNamingTheFile(String file) {
        Run r = run("compute", file);
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith(Path.of(file).getFileName() + ": "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void exportWritesAWorkbookWhoseSummaryIsTheSlidesTable(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("barnet.xlsx");
        Run r = run("export", BARNET, out.toString(), "--set", "stages.arrest.unitCost=2930");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(out))) {
            double police = wb.getSheet("Summary").getRow(4).getCell(1).getNumericCellValue();
            assertEquals(357_871.04 + 105_600, police, 0.005);
            assertTrue(wb.getSheet("Summary").getRow(1).getCell(0).getStringCellValue()
                    .contains("with command-line changes"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            export sample-models/barnet-2012.json /no/such/folder/out.xlsx | out.xlsx: could not be written: the folder does not exist
            export sample-models/barnet-2012.json out.pdf                  | OUT.xlsx: "out.pdf" should end in .xlsx
            export sample-models/barnet-2012.json                          | export: Missing required parameter: 'OUT.xlsx'
            """)
    void exportRefusesWhatItCannotDoInOneLine(String args, String message) {
        Run r = run(args.split(" "));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
