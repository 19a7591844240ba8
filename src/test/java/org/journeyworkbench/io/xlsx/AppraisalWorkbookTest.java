package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Appraisal sheet recalculated by POI's evaluator (an engine other than ours) gives the engine's
 * figures, for every sample and scenario, and follows a changed discount rate or profile cell as the engine
 * says; and the workbook's formulas are the compiled calculation's cells, one for one.
 */
class AppraisalWorkbookTest {
    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    /** The Appraisal sheet's "Over the appraisal period" figures by label, recalculated by POI. */
    static Map<String, Object> totals(XSSFWorkbook wb) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        Sheet sheet = wb.getSheet(AppraisalSheet.NAME);
        Map<String, Object> out = new HashMap<>();
        boolean inTotals = false;
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label == null || label.getCellType() != CellType.STRING) {
                continue;
            }
            String text = label.getStringCellValue();
            if (text.equals("Over the appraisal period")) {
                inTotals = true;
                continue;
            }
            if (text.startsWith("By agency")) {
                inTotals = false;
            }
            Cell value = row.getCell(AppraisalSheet.FIRST_YEAR_COLUMN);
            if (value != null && value.getCellType() == CellType.FORMULA) {
                CellValue v = ev.evaluate(value);
                Object x = v.getCellType() == CellType.NUMERIC ? (Object) v.getNumberValue() : v.getStringValue();
                out.put(inTotals ? text : text + "|" + year(0), x);
                if (!inTotals) {
                    for (int t = 1; row.getCell(AppraisalSheet.FIRST_YEAR_COLUMN + t) != null; t++) {
                        CellValue vt = ev.evaluate(row.getCell(AppraisalSheet.FIRST_YEAR_COLUMN + t));
                        out.put(text + "|" + year(t), vt.getCellType() == CellType.NUMERIC ? (Object) vt.getNumberValue()
                                : vt.getStringValue());
                    }
                }
            }
        }
        return out;
    }

    private static String year(int t) {
        return "y" + t;
    }

    static void matches(AppraisalResult a, Map<String, Object> sheet, String where) {
        assertEquals(a.pvBenefits(), (double) sheet.get("Present value of benefits"), 0.005, where);
        assertEquals(a.pvCosts(), (double) sheet.get("Present value of costs"), 0.005, where);
        assertEquals(a.npv(), (double) sheet.get("Net present value"), 0.005, where);
        if (a.bcr() == null) {
            assertEquals("none", sheet.get("Benefit-cost ratio"), where);
        } else {
            assertEquals(a.bcr(), (double) sheet.get("Benefit-cost ratio"), 1e-9, where);
        }
        Object payback = sheet.get("Discounted payback year");
        assertEquals(a.paybackYear() == null ? "none" : (Object) (double) a.paybackYear(), payback, where);
        assertEquals(a.valueForMoney() == null ? "none" : a.valueForMoney(), sheet.get("Value for money"), where);
        for (AppraisalResult.AppraisalYear y : a.years()) {
            assertEquals(y.net(), (double) sheet.get("Net benefit|" + year(y.year())), 0.005, where + " year " + y.year());
            assertEquals(y.discountFactor(), (double) sheet.get("Discount factor|" + year(y.year())), 1e-12, where);
            assertEquals(y.cumulativePresentValue(), (double) sheet.get("Cumulative present value|" + year(y.year())),
                    0.005, where);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleAndScenarioGivesTheEnginesAppraisalInPoi(Path sample, @TempDir Path dir) throws IOException {
        JourneyModel model = ModelFiles.read(sample);
        List<String> names = new ArrayList<>(List.of(Scenario.BASE_NAME));
        model.scenarios().forEach(s -> names.add(s.name()));
        for (String name : names) {
            Path out = dir.resolve("out.xlsx");
            ExcelExport.write(model, name, out);
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                matches(Engine.compute(model, ScenarioEdits.scenario(model, name)).appraisal(), totals(wb),
                        sample.getFileName() + " / " + name);
            }
        }
    }

    @Test
    void changingTheDiscountRateOrAProfileCellMovesTheNpvAsTheEngineSays() throws IOException {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            set(wb, "in_appraisal.discountRates.0.rate", 0.06);
            set(wb, "in_initiatives.coaches.profile.takeUp.1", 0.4);
            JourneyModel expected = Inputs.set(Inputs.set(Samples.barnet(), "appraisal.discountRates.0.rate", 0.06),
                    "initiatives.coaches.profile.takeUp.1", 0.4);
            matches(Engine.compute(expected).appraisal(), totals(wb), "after changing the rate and a profile");
        }
    }

    @Test
    void aShorterPeriodTypedIntoTheWorkbookCountsTheLaterYearsAsZero() throws IOException {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            set(wb, "in_appraisal.years", 3);
            matches(Engine.compute(Inputs.set(Samples.barnet(), "appraisal.years", 3)).appraisal(), totals(wb),
                    "three years");
        }
    }

    @Test
    void theWorkbooksFormulasAreTheCompiledCalculationsCellsOneForOne() throws IOException {
        JourneyModel m = Samples.barnet();
        Calculation calc = Calculation.compile(m);
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            int formulas = 0;
            for (String name : List.of(SummarySheet.NAME, AppraisalSheet.NAME, CalculationsSheet.NAME)) {
                formulas += WorkbookCheck.formulaCells(wb.getSheet(name));
            }
            assertEquals(calc.program().cellCount(), formulas,
                    "every cell of the calculation is one formula, and there is no other");
        }
    }

    @Test
    void theNpvCellIsTheOneTheEngineNamesAndItsCachedValueIsTheEngines() throws IOException {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            Map<String, Object> sheet = totals(wb);
            assertEquals(1_852_931.23, (double) sheet.get("Net present value"), 0.01);
            assertTrue(wb.getSheet(AppraisalSheet.NAME).getRow(AppraisalSheet.HEADER_ROW).getCell(2)
                    .getStringCellValue().contains("2013-14"));
        }
    }

    private static void set(XSSFWorkbook wb, String name, double value) {
        CellReference ref = new CellReference(wb.getName(name).getRefersToFormula());
        Cell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula(); // typing a value over a cell that follows another, as a user would
        }
        cell.setCellValue(value);
    }
}
