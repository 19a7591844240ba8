package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Cases from the outside attack on the jar: each answered in one plain line with the right exit code. */
class HostileInputTest {
    @Test
    void aMistypedCommandIsACommandLineAnswerNotAWindow() {
        assertTrue(Cli.isCommandLine(new String[] {"computee", "model.json"}));
        assertTrue(Cli.isCommandLine(new String[] {"computee"}));
        assertFalse(Cli.isCommandLine(new String[] {"my-model.json"}));
        assertFalse(Cli.isCommandLine(new String[] {}));
        CliTest.Run r = CliTest.run("computee", Samples.BARNET.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aPipeAsTheModelIsRefusedAtOnceInsteadOfWaitingForever(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("model.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() != 0) {
            return; // no mkfifo here: nothing to test
        }
        CliTest.Run r = CliTest.run("compute", fifo.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("not an ordinary file"), r.err());
    }

    @Test
    void outputThatCannotBeWrittenIsAnErrorNotASuccess() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"compute", Samples.BARNET.toString(), "--format", "json"},
                new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.UNEXPECTED, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Unexpected error: the output could not be written"));
    }

    @Test
    void wordsAndMisplacedCommasAreNotNumbers() {
        String m = Samples.BARNET.toString();
        CliTest.Run yes = CliTest.run("compute", m, "--set", "stages.arrest.unitCost=true");
        assertEquals(Cli.BAD_INPUT, yes.code());
        assertTrue(yes.err().contains("only for switching an initiative"), yes.err());
        CliTest.Run comma = CliTest.run("compute", m, "--set", "stages.arrest.unitCost=1,5");
        assertEquals(Cli.BAD_INPUT, comma.code());
        assertTrue(comma.err().contains("commas only between thousands"), comma.err());
        assertEquals(Cli.OK, CliTest.run("compute", m, "--set", "stages.arrest.unitCost=£1,930").code());
        assertEquals(Cli.OK, CliTest.run("compute", m, "--set", "initiatives.coaches.enabled=off").code());
    }

    @Test
    void controlCharactersInNamesArePrintedEscapedAndMessagesStayOnOneLine(@TempDir Path dir) throws Exception {
        String json = Files.readString(Samples.BARNET).replace("\"name\" : \"Arrest\"", "\"name\" : \"Arrest\\u001b[2J\"")
                .replace("Without Community Coaches", "Without\\nCommunity Coaches");
        Path file = dir.resolve("escape.json");
        Files.writeString(file, json);
        CliTest.Run table = CliTest.run("compute", file.toString(), "--scenario", "nothing like this");
        assertEquals(Cli.BAD_INPUT, table.code());
        assertEquals(1, table.err().strip().lines().count(), table.err());
        assertTrue(table.err().contains("Without Community Coaches"), table.err());
        CliTest.Run inputs = CliTest.run("appraise", file.toString());
        assertEquals(Cli.OK, inputs.code(), inputs.err());
        assertFalse(inputs.out().contains("\u001b"), "no raw escape character reaches the terminal");
    }

    @Test
    void aScenarioCalledBaseCaseIsRefused(@TempDir Path dir) throws Exception {
        String json = Files.readString(Samples.BARNET).replace("\"Without Community Coaches\"", "\"base case\"");
        Path file = dir.resolve("base.json");
        Files.writeString(file, json);
        CliTest.Run r = CliTest.run("compute", file.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("is the name of the model without any scenario"), r.err());
    }

    @Test
    void exportingToTheRootFolderSaysWhatIsWrong() {
        CliTest.Run r = CliTest.run("export", Samples.BARNET.toString(), "/");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("should end in .xlsx"), r.err());
    }

    @Test
    void exportingAScenarioKeepsTheOptionsInTheModelsOrder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("b.xlsx");
        assertEquals(Cli.OK, CliTest.run("export", Samples.BARNET.toString(), out.toString(), "--scenario",
                "Without Community Coaches").code());
        try (var in = Files.newInputStream(out); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var options = wb.getSheet("Options");
            assertEquals("Base case", options.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Without Community Coaches", options.getRow(5).getCell(0).getStringCellValue());
            assertEquals("Half the arrests avoided by panels", options.getRow(6).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aResultTooLargeForANumberIsRefusedNamingItNeverPrintedAsInfinity(@TempDir Path dir) throws Exception {
        String big = "1" + "0".repeat(300);
        String json = Files.readString(Samples.BARNET).replace("\"(1A + 2A) - (3A + 4AB)\"",
                "\"(1A + 2A) * " + big + " * " + big + "\"");
        Path file = dir.resolve("huge.json");
        Files.writeString(file, json);
        for (String format : new String[] {"json", "csv", "table"}) {
            CliTest.Run r = CliTest.run("compute", file.toString(), "--format", format);
            assertEquals(Cli.BAD_INPUT, r.code(), r.out());
            assertTrue(r.err().startsWith("level1.formula: "), r.err());
            assertFalse(r.out().contains("Infinity"));
        }
        record Figure(String name, double value) {
        }
        org.journeyworkbench.model.ModelException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.journeyworkbench.model.ModelException.class,
                () -> ResultJson.json(java.util.List.of(new Figure("npv", Double.POSITIVE_INFINITY))));
        assertEquals("0.value", e.field(), "the last guard names where in the output it is");
    }

    @Test
    void anUnexpectedErrorIsOneLineWithoutAJavaName() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        picocli.CommandLine cl = Cli.commandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = cl.getExecutionExceptionHandler().handleExecutionException(
                new IllegalStateException("boom\nsecond line"), cl, null);
        assertEquals(Cli.UNEXPECTED, code);
        assertEquals("Unexpected error (please report it): boom second line", err.toString(StandardCharsets.UTF_8).strip());
    }
}
