package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.DeflatorTable;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** The workbook uprates with live formulas over the deflator table it carries, and POI agrees with the engine. */
class UpratingWorkbookTest {
    @Test
    void theCustodyCostIsUpratedByALiveLookupInTheDeflatorTable() throws Exception {
        JourneyModel tameside = Samples.tameside();
        Calculation calc = Calculation.compile(tameside);
        try (XSSFWorkbook wb = ExcelExport.build(tameside, null)) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.clearAllCachedResultValues();
            Sheet s = wb.getSheet(AssumptionsSheet.NAME);
            int priceYearColumn = AssumptionsSheet.FIRST_OPTION_COLUMN + 1 + tameside.scenarios().size() + 1;
            Row custody = s.getRow(AssumptionsSheet.FIRST_ROW + calc.slots().find("stages.custody.unitCost"));
            assertEquals("2011-12", custody.getCell(priceYearColumn).getStringCellValue());
            Cell factor = custody.getCell(priceYearColumn + 1);
            assertTrue(factor.getCellFormula().contains("VLOOKUP(\"2011-12\",'Deflator'!"), factor.getCellFormula());
            assertEquals(71.5454 / 70.3261, ev.evaluate(factor).getNumberValue(), 1e-12);
            assertEquals(45000 * 71.5454 / 70.3261, ev.evaluate(custody.getCell(priceYearColumn + 2)).getNumberValue(),
                    1e-9);
            Row arrest = s.getRow(AssumptionsSheet.FIRST_ROW + calc.slots().find("stages.arrest.unitCost"));
            assertEquals(null, arrest.getCell(priceYearColumn + 1), "in the price base already: no factor");
            Sheet summary = wb.getSheet(SummarySheet.NAME);
            WorkbookCheck.summaryMatchesEngine(Engine.compute(tameside),
                    (r, c) -> ev.evaluate(summary.getRow(r).getCell(c)).getNumberValue(), "POI");
            assertTrue(wb.getSheet(DeflatorSheet.NAME).getRow(1).getCell(0).getStringCellValue()
                    .contains("March 2026"), "the release is named");
        }
    }

    @Test
    void pastingANewerIndexIntoTheDeflatorSheetMovesTheFiguresAsTheEngineSays() throws Exception {
        JourneyModel tameside = Samples.tameside();
        try (XSSFWorkbook wb = ExcelExport.build(tameside, null)) {
            Sheet d = wb.getSheet(DeflatorSheet.NAME);
            for (Row row : d) {
                Cell year = row.getCell(0);
                if (row.getRowNum() >= DeflatorSheet.FIRST_ROW && year != null
                        && year.getStringCellValue().equals("2011-12")) {
                    row.getCell(1).setCellValue(60);
                }
            }
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.clearAllCachedResultValues();
            StringBuilder csv = new StringBuilder("year,index,basis,source\n");
            Deflator.bundled().rows(true).forEach(e -> csv.append(new org.journeyworkbench.model.PriceYear(
                    e.getKey(), true).label()).append(',').append(e.getKey() == 2011 ? 60 : e.getValue())
                    .append(",financial,test\n"));
            Deflator changed = DeflatorTable.parse(csv.toString(), "test");
            Sheet summary = wb.getSheet(SummarySheet.NAME);
            WorkbookCheck.summaryMatchesEngine(Calculation.compile(tameside, changed).compute(null),
                    (r, c) -> ev.evaluate(summary.getRow(r).getCell(c)).getNumberValue(), "POI, index changed");
        }
    }

    @Test
    void theCoverNamesTheDeflatorAndListsTheProvenanceWarnings() throws Exception {
        JourneyModel old = org.journeyworkbench.io.ModelFiles.read(
                java.nio.file.Path.of("src/test/resources/old-files/tameside-2011-unindexed.json"));
        try (XSSFWorkbook wb = ExcelExport.build(old, null)) {
            StringBuilder cover = new StringBuilder();
            for (Row row : wb.getSheet(CoverSheet.NAME)) {
                for (Cell c : row) {
                    cover.append(c.toString()).append('\n');
                }
            }
            String text = cover.toString();
            assertTrue(text.contains("Provenance checks"), text);
            assertTrue(text.contains("A year in custody unit cost (stages.custody.unitCost): its price year 2011 is a "
                    + "calendar year"), text);
            assertTrue(text.contains("March 2026"), "the deflator release is named");
        }
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            StringBuilder cover = new StringBuilder();
            for (Row row : wb.getSheet(CoverSheet.NAME)) {
                for (Cell c : row) {
                    cover.append(c.toString()).append('\n');
                }
            }
            assertTrue(cover.toString().contains("Every cost has a source and a price year the deflator can uprate"));
        }
    }
}
