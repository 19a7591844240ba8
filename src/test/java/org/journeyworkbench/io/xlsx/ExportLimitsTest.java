package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a spreadsheet cannot hold is refused before anything is written, in words, never as a crash. */
class ExportLimitsTest {
    @Test
    void aLevel1FormulaTooLongForASpreadsheetIsRefusedNamingTheFormula(@TempDir Path dir) {
        JourneyModel m = Samples.barnet();
        m = m.withLevel1(m.level1().withFormula(String.join(" + ", Collections.nCopies(10_000, "1A"))));
        assertEquals(10_000 * Engine.compute(m).level1().term("1A"), Engine.compute(m).netSystemSaving(), 1);
        JourneyModel finalM = m;
        Path out = dir.resolve("long.xlsx");
        ModelException e = assertThrows(ModelException.class, () -> ExcelExport.write(finalM, null, out));
        assertTrue(e.getMessage().startsWith("level1.formula: "), e.getMessage());
        assertTrue(e.getMessage().contains("8,192"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aLongChainOfDivisionsNeitherOverflowsTheStackNorLosesItsValue(@TempDir Path dir) throws Exception {
        JourneyModel m = Samples.barnet();
        JourneyModel divided = m.withLevel1(m.level1().withFormula("1A * 2 / 2" + " / 1".repeat(20_000) + " / 4"));
        assertEquals(Engine.compute(m).level1().term("1A") / 4, Engine.compute(divided).netSystemSaving(), 1e-6);
        ModelException e = assertThrows(ModelException.class, () -> ExcelExport.write(divided, null, dir.resolve("d.xlsx")));
        assertTrue(e.getMessage().contains("8,192"), e.getMessage());
        JourneyModel shorter = m.withLevel1(m.level1().withFormula("1A / 2" + " / 1".repeat(300)));
        try (var wb = ExcelExport.build(shorter, null)) {
            assertTrue(wb.getNumberOfSheets() > 3, "written, formula and all");
        }
    }

    @Test
    void aNameLongerThanACellHoldsIsRefusedInWords(@TempDir Path dir) {
        JourneyModel m = Samples.barnet().withName("x".repeat(40_000));
        ModelException e = assertThrows(ModelException.class, () -> ExcelExport.write(m, null, dir.resolve("n.xlsx")));
        assertTrue(e.getMessage().contains("32,767"), e.getMessage());
        assertTrue(e.getMessage().startsWith("name: is 40,000 characters long"), e.getMessage());
    }

    @Test
    void aLongNoteDeepInTheModelIsNamedByItsPlace(@TempDir Path dir) {
        JourneyModel base = Samples.barnet();
        JourneyModel m = base.withStages(base.stages().stream()
                .map(s -> s.id().equals("arrest") ? s.withSource("y".repeat(33_000), 2012) : s).toList());
        ModelException e = assertThrows(ModelException.class, () -> ExcelExport.write(m, null, dir.resolve("n.xlsx")));
        assertTrue(e.getMessage().startsWith("stages[1].source: is 33,000 characters long"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("n.xlsx")));
    }

    @Test
    void aModelNeedingMoreRowsThanASheetHoldsIsRefusedSayingWhichLimit() {
        var calc = org.journeyworkbench.engine.calc.Calculation.compile(Samples.barnet());
        long rows = ExportLimits.calculationRows(calc);
        long inputRows = calc.slots().size() + AssumptionsSheet.FIRST_ROW + 2;
        ExportLimits.check(calc, 3, Math.max(rows, inputRows));
        ModelException e = assertThrows(ModelException.class, () -> ExportLimits.check(calc, 3, rows - 1));
        assertTrue(e.getMessage().startsWith("the workbook's Calculations sheet would need " + rows + " rows"),
                e.getMessage());
        assertTrue(e.getMessage().contains("holds at most " + (rows - 1) + " rows"), e.getMessage());
        ModelException inputs = assertThrows(ModelException.class, () -> ExportLimits.check(calc, 3, inputRows - 1));
        assertTrue(inputs.getMessage().contains("Assumptions sheet would need " + inputRows + " rows"),
                inputs.getMessage());
    }

    @Test
    void theRowsCountedAreTheRowsWritten() throws Exception {
        var calc = org.journeyworkbench.engine.calc.Calculation.compile(Samples.barnet());
        try (var wb = ExcelExport.build(Samples.barnet(), null)) {
            long last = wb.getSheet(CalculationsSheet.NAME).getLastRowNum() + 1;
            assertTrue(ExportLimits.calculationRows(calc) >= last, ExportLimits.calculationRows(calc) + " < " + last);
            assertTrue(ExportLimits.calculationRows(calc) <= last + 12, "counted close to what is written");
        }
    }

    @Test
    void aLongButLegalFormulaIsShortenedInItsHeadingNotInItsCell() throws Exception {
        JourneyModel m = Samples.barnet();
        m = m.withLevel1(m.level1().withFormula(String.join(" + ", Collections.nCopies(300, "1A"))));
        try (var wb = ExcelExport.build(m, null)) {
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            double net = Engine.compute(m).netSystemSaving();
            boolean found = false;
            for (var row : wb.getSheet(SummarySheet.NAME)) {
                var cell = row.getCell(SummarySheet.VALUE_COLUMN);
                if (cell != null && row.getCell(0) != null
                        && row.getCell(0).getStringCellValue().equals("Net system saving")) {
                    assertEquals(net, ev.evaluate(cell).getNumberValue(), 0.005);
                    assertTrue(row.getCell(1).getStringCellValue().endsWith("…"));
                    found = true;
                }
            }
            assertTrue(found);
        }
    }
}
