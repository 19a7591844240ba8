package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.uncertainty.InputSwing;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.engine.uncertainty.MonteCarlo;
import org.journeyworkbench.engine.uncertainty.Sensitivity;
import org.journeyworkbench.engine.uncertainty.SensitivityResult;
import org.journeyworkbench.engine.uncertainty.SimulationResult;
import org.journeyworkbench.engine.uncertainty.Summary;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Uncertainty;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** The Sensitivity and Uncertainty sheets: the engine's runs, set out as values, dated, reproducible. */
class RunSheetsTest {
    private static final Instant RAN = Instant.parse("2026-11-29T21:40:00Z");

    /** Barnet with a few ranges and one correlation, as a model file may give them. */
    static JourneyModel barnetWithRanges() {
        Uncertainty u = new Uncertainty(Map.of(
                "stages.arrest.unitCost", new Distribution.Triangular(1500, 1930, 2500),
                "stages.caution.unitCost", new Distribution.Triangular(400, 492, 650),
                "targetGroups.at-risk.cases", new Distribution.Uniform(150, 250)),
                Map.of("stages.arrest.unitCost", "Illustrative: officer time per arrest varies"),
                List.of(new Correlation("stages.arrest.unitCost", "stages.caution.unitCost", 0.6, "Both police time")));
        return Samples.barnet().withUncertainty(u);
    }

    static UncertainInputs ranges(JourneyModel m, String scenario) {
        Scenario s = ScenarioEdits.scenario(m, scenario);
        return UncertainInputs.of(Calculation.compile(m, s), s);
    }

    static ExportOptions runs(JourneyModel m, String scenario, long seed, int threads) {
        UncertainInputs ranges = ranges(m, scenario);
        SensitivityResult tornado = Sensitivity.run(ranges, Metric.npv(), 0.2);
        SimulationResult mc = MonteCarlo.run(ranges, Metric.npv(), new MonteCarlo.Settings(3000, seed, threads));
        return ExportOptions.none().withSensitivity(tornado, RAN).withSimulation(mc, ranges, RAN)
                .withModelArguments(List.of("barnet 2012.json"));
    }

    @Test
    void withoutRunsThereAreNoRunSheetsAndTheCoverDoesNotListThem() throws Exception {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            assertNull(wb.getSheet(SensitivitySheet.NAME));
            assertNull(wb.getSheet(UncertaintySheet.NAME));
            assertTrue(column(wb.getSheet(CoverSheet.NAME), 0).stream().noneMatch(t -> t.equals("Sensitivity")));
        }
    }

    @Test
    void theSensitivitySheetHoldsTheEnginesTornadoRowForRow() throws Exception {
        JourneyModel m = barnetWithRanges();
        ExportOptions runs = runs(m, null, 1, 1);
        SensitivityResult tornado = runs.sensitivity();
        try (XSSFWorkbook wb = ExcelExport.build(m, null, runs)) {
            Sheet s = wb.getSheet(SensitivitySheet.NAME);
            assertNotNull(s);
            assertEquals(SensitivitySheet.NAME, wb.getSheetName(4), "after Options, before Assumptions");
            int r = SensitivitySheet.FIRST_ROW;
            for (InputSwing swing : tornado.inputs()) {
                Row row = s.getRow(r++);
                assertEquals(swing.address(), row.getCell(SensitivitySheet.ADDRESS).getStringCellValue());
                assertTrue(row.getCell(SensitivitySheet.INPUT).getStringCellValue().endsWith(swing.label() + "\n"
                        + swing.address()));
                assertEquals(swing.value(), row.getCell(SensitivitySheet.VALUE).getNumericCellValue());
                assertEquals(swing.low(), row.getCell(SensitivitySheet.LOW).getNumericCellValue());
                assertEquals(swing.high(), row.getCell(SensitivitySheet.HIGH).getNumericCellValue());
                assertEquals(swing.metricAtLow(), row.getCell(SensitivitySheet.AT_LOW).getNumericCellValue());
                assertEquals(swing.metricAtHigh(), row.getCell(SensitivitySheet.AT_HIGH).getNumericCellValue());
                assertEquals(swing.width(), row.getCell(SensitivitySheet.SWING).getNumericCellValue());
                Cell sv = row.getCell(SensitivitySheet.SWITCHING);
                if (swing.switchingValue() == null) {
                    assertEquals("none within the input's valid range", sv.getStringCellValue());
                } else {
                    assertEquals(swing.switchingValue(), sv.getNumericCellValue());
                }
                assertEquals(swing.fromRange() ? "P10–P90" : "±20%",
                        row.getCell(SensitivitySheet.FROM).getStringCellValue());
            }
            // The arrest unit cost has a range: swung over its P10–P90, not ±20%.
            InputSwing arrest = tornado.inputs().stream().filter(i -> i.address().equals("stages.arrest.unitCost"))
                    .findFirst().orElseThrow();
            assertTrue(arrest.fromRange());
            assertTrue(arrest.low() > 1500 && arrest.high() < 2500);
            assertEquals(1, ((XSSFSheet) s).getDrawingPatriarch().getCharts().size());
            assertEquals(tornado.base(), numbersBelow(s, "In the scenario", 1, 1).get(0));
            assertNoFormulas(s);
        }
    }

    @Test
    void theSheetsSayTheyAreValuesFromADatedRunAndHowToMakeItAgain() throws Exception {
        JourneyModel m = barnetWithRanges();
        try (XSSFWorkbook wb = ExcelExport.build(m, null, runs(m, null, 42, 1))) {
            String when = RunFacts.when(RAN);
            for (String name : List.of(SensitivitySheet.NAME, UncertaintySheet.NAME)) {
                String all = text(wb.getSheet(name));
                assertTrue(all.contains("not live formulas"), name);
                assertTrue(all.contains("run made on " + when), name + ": " + when);
            }
            assertTrue(text(wb.getSheet(SensitivitySheet.NAME)).contains(
                    "journey-workbench sensitivity \"barnet 2012.json\" --metric npv --swing 20%"));
            assertTrue(text(wb.getSheet(UncertaintySheet.NAME)).contains(
                    "journey-workbench simulate \"barnet 2012.json\" --metric npv --samples 3000 --seed 42"));
            List<String> contents = column(wb.getSheet(CoverSheet.NAME), 0);
            assertTrue(contents.contains(SensitivitySheet.NAME) && contents.contains(UncertaintySheet.NAME));
        }
    }

    @Test
    void theUncertaintySheetHoldsTheEnginesFiguresAndTheSameSeedGivesTheSameSheet() throws Exception {
        JourneyModel m = barnetWithRanges();
        ExportOptions one = runs(m, null, 7, 1);
        ExportOptions two = runs(m, null, 7, 2);
        Summary expected = one.simulation().summary();
        try (XSSFWorkbook a = ExcelExport.build(m, null, one); XSSFWorkbook b = ExcelExport.build(m, null, two)) {
            Sheet s = a.getSheet(UncertaintySheet.NAME);
            List<Double> figures = numbersBelow(s, "With every input at its value", 1, 12);
            assertEquals(List.of(one.simulation().deterministic(), expected.mean(), expected.sd(),
                    expected.standardError(), expected.p5(), expected.p10(), expected.p50(), expected.p90(),
                    expected.p95(), expected.probabilityPositive(), expected.min(), expected.max()), figures);
            assertEquals(figures, numbersBelow(b.getSheet(UncertaintySheet.NAME), "With every input at its value", 1,
                    12), "the same seed with one thread and with two");
            // Each agency's NPV beside the metric.
            SimulationResult.AgencySummary police = one.simulation().byAgency().get(0);
            assertEquals(police.summary().mean(), numbersBelow(s, "With every input at its value", 2, 2).get(1));
            // The histogram's counts add up to the samples and match the engine's bars.
            List<Summary.Bin> bins = expected.histogram();
            Row first = rowAfterHeading(s, "Band");
            long total = 0;
            for (int k = 0; k < bins.size(); k++) {
                Row row = s.getRow(first.getRowNum() + k);
                assertEquals(bins.get(k).from(), row.getCell(1).getNumericCellValue());
                assertEquals(bins.get(k).count(), (long) row.getCell(3).getNumericCellValue());
                total += (long) row.getCell(3).getNumericCellValue();
            }
            assertEquals(3000, total);
            assertEquals(1, ((XSSFSheet) s).getDrawingPatriarch().getCharts().size());
            // The ranges and the correlation sampled, in words and with their sources.
            String all = text(s);
            assertTrue(all.contains("£1,500 to £2,500, most likely £1,930"), all);
            assertTrue(all.contains("Illustrative: officer time per arrest varies"));
            assertTrue(all.contains("Both police time"));
            assertTrue(all.contains("Seed") && all.contains("3,000"));
            assertNoFormulas(s);
        }
    }

    @Test
    void aRunOfAnotherScenarioIsRefusedInWords() {
        JourneyModel m = barnetWithRanges();
        ExportOptions base = runs(m, null, 1, 1);
        ModelException e = assertThrows(ModelException.class,
                () -> ExcelExport.build(m, "Without Community Coaches", base).close());
        assertEquals("sensitivity", e.field());
        assertTrue(e.problem().contains("run it again for \"Without Community Coaches\""), e.problem());
    }

    @Test
    void aScenariosRunsAreExportedWithIt() throws Exception {
        JourneyModel m = barnetWithRanges();
        try (XSSFWorkbook wb = ExcelExport.build(m, "Without Community Coaches", runs(m, "Without Community Coaches",
                1, 1))) {
            assertTrue(text(wb.getSheet(SensitivitySheet.NAME)).contains("Without Community Coaches"));
            assertTrue(text(wb.getSheet(UncertaintySheet.NAME)).contains("Without Community Coaches"));
        }
    }

    @Test
    void nothingIsCutOffAndVeryLongNamesStayWithinACellAndAChartLabel() throws Exception {
        String longName = "A stage whose name goes on and on ".repeat(200);
        JourneyModel m = barnetWithRanges().withStage("arrest", s -> s.withName(longName));
        try (XSSFWorkbook wb = ExcelExport.build(m, null, runs(m, null, 1, 1))) {
            for (String name : List.of(SensitivitySheet.NAME, UncertaintySheet.NAME)) {
                Sheet s = wb.getSheet(name);
                for (Row row : s) {
                    for (Cell cell : row) {
                        assertTrue(!ColumnFit.cutOff(s, cell), name + "!" + cell.getAddress() + " is cut off");
                        if (cell.getCellType() == CellType.STRING) {
                            assertTrue(cell.getStringCellValue().length() <= SheetWriter.MAX_TEXT);
                        }
                    }
                }
            }
            Sheet s = wb.getSheet(SensitivitySheet.NAME);
            for (int r = SensitivitySheet.FIRST_ROW; r <= s.getLastRowNum(); r++) {
                assertTrue(s.getRow(r).getCell(SensitivitySheet.CHART_LABEL).getStringCellValue().length()
                        <= SensitivitySheet.CHART_LABEL_CHARS);
            }
        }
    }

    @Test
    void runSheetsPrintLandscapeWithinTheirTable() throws Exception {
        JourneyModel m = barnetWithRanges();
        try (XSSFWorkbook wb = ExcelExport.build(m, null, runs(m, null, 1, 1))) {
            for (String name : List.of(SensitivitySheet.NAME, UncertaintySheet.NAME)) {
                Sheet s = wb.getSheet(name);
                assertTrue(s.getPrintSetup().getLandscape(), name);
                assertEquals(ExcelExport.WIDE_PRINT_SCALE, s.getPrintSetup().getScale(), name);
                String area = wb.getPrintArea(wb.getSheetIndex(s));
                assertNotNull(area, name);
                assertTrue(area.contains("$A$1:$I$"), area);
            }
            var heading = wb.getSheet(SensitivitySheet.NAME).getRepeatingRows();
            assertEquals(SensitivitySheet.HEADER_ROW, heading.getFirstRow(), "the table's heading repeats");
            assertEquals(SensitivitySheet.HEADER_ROW, heading.getLastRow());
        }
    }

    @Test
    void compactLabelsAreShortAndBracketNegatives() {
        assertEquals("£1.85m", UncertaintySheet.compact(1_852_931));
        assertEquals("(£1.20m)", UncertaintySheet.compact(-1_200_000));
        assertEquals("(£571k)", UncertaintySheet.compact(-570_750));
        assertEquals("£0", UncertaintySheet.compact(-0.2));
    }

    private static void assertNoFormulas(Sheet s) {
        for (Row row : s) {
            for (Cell cell : row) {
                assertTrue(cell.getCellType() != CellType.FORMULA, s.getSheetName() + "!" + cell.getAddress());
            }
        }
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

    private static List<String> column(Sheet s, int c) {
        List<String> out = new ArrayList<>();
        for (Row row : s) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                out.add(cell.getStringCellValue());
            }
        }
        return out;
    }

    private static Row rowAfterHeading(Sheet s, String heading) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(heading)) {
                return s.getRow(row.getRowNum() + 1);
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    /** The numbers in one column from the row labelled {@code label} down, {@code count} of them. */
    private static List<Double> numbersBelow(Sheet s, String label, int column, int count) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                List<Double> out = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    out.add(s.getRow(row.getRowNum() + k).getCell(column).getNumericCellValue());
                }
                return out;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
