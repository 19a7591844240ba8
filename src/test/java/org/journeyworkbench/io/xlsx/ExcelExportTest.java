package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.io.ModelFileException;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.GeneratedModels;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every formula the export writes, evaluated by POI's own formula engine, gives the engine's figures. */
class ExcelExportTest {
    static List<Path> samples() {
        return Samples.all();
    }

    /** Opens a written workbook, re-evaluates every formula from scratch and returns the Summary figures. */
    private static WorkbookCheck.Figures evaluated(XSSFWorkbook wb) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        Sheet summary = wb.getSheet("Summary");
        return (row, col) -> ev.evaluate(summary.getRow(row).getCell(col)).getNumberValue();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleAndScenarioExportsFormulasThatGiveTheEnginesFigures(Path sample, @TempDir Path dir)
            throws IOException {
        JourneyModel model = ModelFiles.read(sample);
        List<String> scenarios = new java.util.ArrayList<>(List.of(Scenario.BASE_NAME));
        model.scenarios().forEach(s -> scenarios.add(s.name()));
        for (String name : scenarios) {
            Path out = dir.resolve("out.xlsx");
            ExcelExport.write(model, name, out);
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                WorkbookCheck.summaryMatchesEngine(Engine.compute(model, ScenarioEdits.scenario(model, name)),
                        evaluated(wb), sample.getFileName() + " / " + name);
            }
        }
    }

    @Test
    void everyFigureOnSummaryAndCalculationsIsAFormulaWithACachedValue() throws IOException {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            for (String name : List.of("Summary", "Calculations")) {
                Sheet sheet = wb.getSheet(name);
                int formulas = 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.NUMERIC,
                                name + "!" + cell.getAddress() + " is a pasted number, not a formula");
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas++;
                            assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), cell.getAddress().toString());
                        }
                    }
                }
                assertTrue(formulas > 30, name + " has " + formulas + " formulas");
            }
            Cell police = wb.getSheet("Summary").getRow(SummarySheet.HEADER_ROW + 1).getCell(1);
            assertEquals(357_871.04, police.getNumericCellValue(), 0.005, "cached value written");
            assertEquals("£#,##0;(£#,##0)", police.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void changingAnAssumptionCellMovesTheSummaryAsTheEngineSays() throws IOException {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            var name = wb.getName("in_stages.arrest.unitCost");
            var ref = new org.apache.poi.ss.util.CellReference(name.getRefersToFormula());
            wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(2930);
            WorkbookCheck.summaryMatchesEngine(
                    Engine.compute(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2930)), evaluated(wb),
                    "after changing the arrest unit cost");
        }
    }

    @Test
    void aLargeGeneratedJourneyExportsCorrectly() throws IOException {
        JourneyModel m = GeneratedModels.journey(60, 4, 5);
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            WorkbookCheck.summaryMatchesEngine(Engine.compute(m), evaluated(wb), "generated journey");
        }
    }

    @Test
    void textFromTheModelIsAlwaysTextNeverAFormula() throws IOException {
        JourneyModel m = Samples.barnet().withName("=HYPERLINK(\"http://x\",\"click\")")
                .withStage("arrest", s -> s.withName("+1+1")).withInitiative("njp", i -> i.withName("@SUM(A1)"))
                .withTargetGroup("asb", g -> g.withName("-2"));
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            Cell title = wb.getSheet("Summary").getRow(0).getCell(0);
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"click\")", title.getStringCellValue());
            boolean sawStage = false;
            for (Row row : wb.getSheet("Calculations")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("+1+1")) {
                        sawStage = true;
                    }
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertFalse(cell.getCellFormula().contains("HYPERLINK") || cell.getCellFormula().contains("A1)"),
                                cell.getCellFormula());
                    }
                }
            }
            assertTrue(sawStage);
        }
    }

    @Test
    void printReadyLandscapeLegibleWithHeadingsRepeatedAndHeaderAndFooter() throws IOException {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), "Without Community Coaches")) {
            for (Sheet sheet : wb) {
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertFalse(sheet.getFitToPage(), sheet.getSheetName() + " is not shrunk to one page wide");
                assertTrue(sheet.getPrintSetup().getScale() >= 73, sheet.getSheetName() + ": 11 pt text prints at 8 pt or more");
                if (!sheet.getSheetName().equals(CoverSheet.NAME)) {
                    assertTrue(sheet.getRepeatingRows() != null, sheet.getSheetName() + " repeats its headings");
                    assertTrue(sheet.getRepeatingColumns() != null, sheet.getSheetName() + " repeats its labels");
                }
                assertTrue(sheet.getHeader().getCenter().contains("Without Community Coaches"));
                assertTrue(sheet.getFooter().getRight().contains("&P"));
                assertTrue(sheet.getFooter().getLeft().startsWith("Exported "));
            }
            assertTrue(wb.getSheet("Summary").getPaneInformation().isFreezePane());
            String area = wb.getPrintArea(wb.getSheetIndex(AssumptionsSheet.NAME));
            assertTrue(area != null && !area.contains("$K") && !area.contains("$L"), "names and addresses are not "
                    + "printed: " + area);
        }
    }

    @Test
    void anUnwritableFileSaysSoAndLeavesNoHalfWrittenFile(@TempDir Path dir) throws IOException {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ExcelExport.write(Samples.barnet(), null, dir.resolve("gone").resolve("out.xlsx")));
        assertEquals("out.xlsx: could not be written: the folder does not exist (it may have been moved, renamed or "
                + "disconnected)", e.getMessage());
        Path target = dir.resolve("appendix.xlsx");
        Files.writeString(target, "the previous version");
        Path sys = Path.of("/sys/appendix.xlsx");
        ModelFileException denied = assertThrows(ModelFileException.class,
                () -> ExcelExport.write(Samples.barnet(), null, sys)); // no one may create files in /sys, root included
        assertTrue(denied.getMessage().contains("you do not have permission"), denied.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
        assertEquals("the previous version", Files.readString(target));
    }

    @Test
    void theOptionsSheetSaysWhatEachScenarioChangesAndWhy() throws IOException {
        JourneyModel m = Samples.barnet();
        try (XSSFWorkbook wb = ExcelExport.build(m, "Half the arrests avoided by panels")) {
            Sheet s = wb.getSheet(OptionsSheet.NAME);
            StringBuilder all = new StringBuilder();
            for (Row row : s) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        all.append(cell.getStringCellValue()).append('|');
                    }
                }
            }
            assertTrue(all.toString().contains("base case 100%|this scenario 50%"), all.toString());
            assertTrue(all.toString().contains("Without Community Coaches: The four other initiatives only."));
            assertTrue(all.toString().contains("(2) Community Coaches: left out"), all.toString());
        }
    }
}
