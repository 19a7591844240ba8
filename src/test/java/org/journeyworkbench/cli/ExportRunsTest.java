package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export runs the tornado and the simulation as it writes the workbook, with the settings given. */
class ExportRunsTest {
    @Test
    void byDefaultTheWorkbookHasTheTornadoAndASimulationOfTheSamplesRanges(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("barnet.xlsx");
        CliTest.Run r = CliTest.run("export", Samples.BARNET.toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = open(out)) {
            assertNotNull(wb.getSheet("Sensitivity"));
            Sheet u = wb.getSheet("Uncertainty");
            assertNotNull(u, "Barnet's inputs carry ranges");
            assertTrue(text(u).contains("--samples 10000 --seed 20121001"), text(u));
        }
    }

    @Test
    void theSameSeedAndSamplesGiveTheSimulateCommandsFigures(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("barnet.xlsx");
        CliTest.Run r = CliTest.run("export", Samples.BARNET.toString(), out.toString(), "--no-sensitivity",
                "--samples", "500", "--seed", "7", "--metric", "year1");
        assertEquals(0, r.code(), r.err());
        JourneyModel m = Samples.barnet();
        SimulationResult expected = MonteCarlo.run(UncertainInputs.of(Calculation.compile(m), null), Metric.year1(),
                new MonteCarlo.Settings(500, 7, 1));
        try (XSSFWorkbook wb = open(out)) {
            assertNull(wb.getSheet("Sensitivity"));
            Sheet u = wb.getSheet("Uncertainty");
            Row mean = row(u, "Mean");
            assertEquals(expected.summary().mean(), mean.getCell(1).getNumericCellValue());
            assertEquals(expected.summary().p90(), row(u, "P90").getCell(1).getNumericCellValue());
            assertTrue(text(u).contains("simulate " + Samples.BARNET + " --metric year1 --samples 500 --seed 7"));
        }
    }

    @Test
    void noSimulateAndNoSensitivityLeaveTheWorkbookAsBefore(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("barnet.xlsx");
        CliTest.Run r = CliTest.run("export", Samples.BARNET.toString(), out.toString(), "--no-sensitivity",
                "--no-simulate");
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = open(out)) {
            assertNull(wb.getSheet("Sensitivity"));
            assertNull(wb.getSheet("Uncertainty"));
        }
    }

    @Test
    void aRangeGivenWithSetIsSampledAndShownAndTheCommandRepeatsIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("barnet.xlsx");
        CliTest.Run r = CliTest.run("export", Samples.BARNET.toString(), out.toString(), "--samples", "200",
                "--set", "stages.callout.unitCost=triangular(400, 542, 700)");
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = open(out)) {
            String all = text(wb.getSheet("Uncertainty"));
            assertTrue(all.contains("£400 to £700, most likely £542"), all);
            assertTrue(all.contains("--set \"stages.callout.unitCost=triangular(400, 542, 700)\""), all);
            assertTrue(all.contains("Base case with command-line changes"), all);
        }
    }

    @Test
    void badRunSettingsAreRefusedInOneLine(@TempDir Path dir) {
        String out = dir.resolve("x.xlsx").toString();
        CliTest.Run samples = CliTest.run("export", Samples.BARNET.toString(), out, "--samples", "1");
        assertEquals(2, samples.code(), samples.err());
        assertTrue(samples.err().startsWith("samples: must be between 2"), samples.err());
        CliTest.Run swing = CliTest.run("export", Samples.BARNET.toString(), out, "--swing", "lots");
        assertEquals(2, swing.code(), swing.err());
        assertTrue(swing.err().startsWith("--swing:"), swing.err());
        assertEquals(1, swing.err().strip().lines().count());
        CliTest.Run metric = CliTest.run("export", Samples.BARNET.toString(), out, "--metric", "profit");
        assertEquals(2, metric.code(), metric.err());
        assertTrue(metric.err().startsWith("metric:"), metric.err());
        assertTrue(Files.notExists(dir.resolve("x.xlsx")), "nothing written when a setting is wrong");
    }

    private static XSSFWorkbook open(Path p) throws Exception {
        return new XSSFWorkbook(Files.newInputStream(p));
    }

    private static Row row(Sheet s, String label) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String text(Sheet s) {
        StringBuilder b = new StringBuilder();
        for (Row row : s) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    b.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }
}
