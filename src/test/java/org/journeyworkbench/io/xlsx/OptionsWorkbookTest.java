package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Options;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Options sheet recalculated by POI gives the engine's options side by side, whichever scenario the
 * workbook was exported for, and follows a base-case input that no scenario sets into every option.
 */
class OptionsWorkbookTest {
    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    static void matches(List<OptionResult> expected, XSSFWorkbook wb, String where) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        Sheet s = wb.getSheet(OptionsSheet.NAME);
        for (int k = 0; k < expected.size(); k++) {
            OptionResult o = expected.get(k);
            Row row = s.getRow(OptionsSheet.HEADER_ROW + 1 + k);
            String at = where + " / " + o.name();
            assertEquals(o.name(), row.getCell(0).getStringCellValue(), at);
            assertEquals(o.year1NetSaving(), number(ev, row.getCell(1)), 0.005, at);
            assertEquals(o.deltaYear1NetSaving(), number(ev, row.getCell(2)), 0.005, at);
            assertEquals(o.npv(), number(ev, row.getCell(3)), 0.005, at);
            assertEquals(o.deltaNpv(), number(ev, row.getCell(4)), 0.005, at);
            Object bcr = value(ev, row.getCell(5));
            assertEquals(o.bcr() == null ? "none" : (Object) o.bcr(), bcr instanceof Double d && o.bcr() != null
                    && Math.abs(d - o.bcr()) < 1e-9 ? o.bcr() : bcr, at);
            assertEquals(o.valueForMoney() == null ? "none" : o.valueForMoney(), value(ev, row.getCell(7)), at);
            for (int a = 0; a < o.byAgency().size(); a++) {
                assertEquals(o.byAgency().get(a).npv(), number(ev, row.getCell(8 + a)), 0.005, at);
                assertEquals(o.byAgency().get(a).deltaNpv(), number(ev, row.getCell(8 + o.byAgency().size() + a)),
                        0.005, at);
            }
        }
    }

    private static double number(FormulaEvaluator ev, Cell cell) {
        return ev.evaluate(cell).getNumberValue();
    }

    private static Object value(FormulaEvaluator ev, Cell cell) {
        CellValue v = ev.evaluate(cell);
        return v.getCellType() == CellType.NUMERIC ? (Object) v.getNumberValue() : v.getStringValue();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theOptionsSheetIsTheEnginesOptionsWhicheverScenarioIsExported(Path sample) throws IOException {
        JourneyModel m = ModelFiles.read(sample);
        List<OptionResult> expected = new Options(Calculation.compile(m)).compare();
        for (OptionResult exported : expected) {
            try (XSSFWorkbook wb = ExcelExport.build(m, exported.baseCase() ? null : exported.name())) {
                matches(expected, wb, sample.getFileName() + " exported as " + exported.name());
            }
        }
    }

    @Test
    void aBaseInputNoScenarioSetsMovesEveryOptionInTheWorkbook() throws IOException {
        JourneyModel m = Samples.barnet();
        for (String exported : new String[] {null, "Without Community Coaches"}) {
            try (XSSFWorkbook wb = ExcelExport.build(m, exported)) {
                setBase(wb, "stages.arrest.unitCost", 2500);
                setBase(wb, "appraisal.discountRates.0.rate", 0.05);
                JourneyModel changed = Inputs.set(Inputs.set(m, "stages.arrest.unitCost", 2500),
                        "appraisal.discountRates.0.rate", 0.05);
                matches(new Options(Calculation.compile(changed)).compare(), wb, "after changing the base case");
            }
        }
    }

    @Test
    void aScenariosOwnValueIsTypedInAndEverythingElseFollowsTheBaseCase() throws IOException {
        JourneyModel m = Samples.barnet();
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            Sheet s = wb.getSheet(AssumptionsSheet.NAME);
            int takeUp = Calculation.compile(m).slots().find("initiatives.njp.takeUp");
            int cost = Calculation.compile(m).slots().find("stages.arrest.unitCost");
            int half = 1 + m.scenarios().indexOf(m.scenario("Half the arrests avoided by panels").orElseThrow());
            Cell own = s.getRow(AssumptionsSheet.FIRST_ROW + takeUp).getCell(AssumptionsSheet.FIRST_OPTION_COLUMN + half);
            assertEquals(CellType.NUMERIC, own.getCellType());
            assertEquals(0.5, own.getNumericCellValue());
            Cell follows = s.getRow(AssumptionsSheet.FIRST_ROW + cost).getCell(AssumptionsSheet.FIRST_OPTION_COLUMN + half);
            assertEquals(CellType.FORMULA, follows.getCellType());
            assertTrue(follows.getCellFormula().startsWith("D"), follows.getCellFormula());
        }
    }

    /** Types a value into the base case's column, as a finance colleague would. */
    private static void setBase(XSSFWorkbook wb, String address, double value) {
        Calculation calc = Calculation.compile(Samples.barnet());
        int slot = calc.slots().find(address);
        CellReference ref = new CellReference(AssumptionsSheet.ref(0, slot));
        Cell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula();
        }
        cell.setCellValue(value);
    }
}
