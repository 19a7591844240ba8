package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a reviewer sees on paper and what a finance colleague may type: nothing cut off, inputs marked and checked. */
class WorkbookPrintTest {
    static List<Path> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTextIsCutOffByTheCellBesideIt(Path sample) throws Exception {
        JourneyModel m = ModelFiles.read(sample);
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            List<String> cut = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (ColumnFit.cutOff(sheet, cell)) {
                            cut.add(sheet.getSheetName() + "!" + cell.getAddress() + " \"" + cell.getStringCellValue()
                                    + "\" in " + sheet.getColumnWidth(cell.getColumnIndex()) / 256 + " characters");
                        }
                    }
                }
            }
            assertEquals(List.of(), cut);
        }
    }

    /**
     * Wrapped text prints over the row below unless its row was made tall enough: neither Excel nor LibreOffice
     * grows a row whose height the file sets. Generous on purpose (about 1.3 characters a unit of column width,
     * 12 pt a line), so that only a row left at one line's height for several lines of text fails.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void wrappedTextHasARowTallEnoughForItsLines(Path sample) throws Exception {
        JourneyModel m = ModelFiles.read(sample);
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            List<String> squashed = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()
                                || inMergedRegion(sheet, cell)) {
                            continue;
                        }
                        double perLine = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0 * 1.3;
                        int lines = (int) Math.ceil(cell.getStringCellValue().length() / perLine);
                        if (lines > 1 && row.getHeightInPoints() < lines * 12f) {
                            squashed.add(sheet.getSheetName() + "!" + cell.getAddress() + " needs " + lines
                                    + " lines in " + row.getHeightInPoints() + " pt");
                        }
                    }
                }
            }
            assertEquals(List.of(), squashed);
        }
    }

    private static boolean inMergedRegion(Sheet sheet, Cell cell) {
        for (var region : sheet.getMergedRegions()) {
            if (region.isInRange(cell)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void inputCellsLookLikeInputsAndRefuseValuesOutOfRange() throws Exception {
        JourneyModel m = Samples.barnet();
        Calculation calc = Calculation.compile(m);
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            XSSFSheet s = wb.getSheet(AssumptionsSheet.NAME);
            int rate = calc.slots().find("transitions.callout-arrest.rate");
            int on = calc.slots().find("initiatives.coaches.enabled");
            Cell rateCell = s.getRow(AssumptionsSheet.FIRST_ROW + rate).getCell(AssumptionsSheet.FIRST_OPTION_COLUMN);
            assertEquals(FillPatternType.SOLID_FOREGROUND, rateCell.getCellStyle().getFillPattern());
            DataValidation rateRule = ruleFor(s, rateCell);
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL, rateRule.getValidationConstraint()
                    .getValidationType());
            assertEquals("0", rateRule.getValidationConstraint().getFormula1());
            assertEquals("1", rateRule.getValidationConstraint().getFormula2());
            Cell onCell = s.getRow(AssumptionsSheet.FIRST_ROW + on).getCell(AssumptionsSheet.FIRST_OPTION_COLUMN);
            DataValidation onRule = ruleFor(s, onCell);
            assertEquals(DataValidationConstraint.ValidationType.INTEGER, onRule.getValidationConstraint()
                    .getValidationType());
            assertEquals("1", onRule.getValidationConstraint().getFormula2());
            assertTrue(onRule.getShowErrorBox());
        }
    }

    @Test
    void everyInputCitesItsSourceAndPriceYearWhereTheModelGivesThem() throws Exception {
        JourneyModel m = Samples.barnet();
        Calculation calc = Calculation.compile(m);
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            Sheet s = wb.getSheet(AssumptionsSheet.NAME);
            int sourceColumn = AssumptionsSheet.FIRST_OPTION_COLUMN + 1 + m.scenarios().size();
            int posts = calc.slots().find("initiatives.personalisation.runningCosts.officers.unitCost");
            Row row = s.getRow(AssumptionsSheet.FIRST_ROW + posts);
            String source = row.getCell(sourceColumn).getStringCellValue();
            assertTrue(source.startsWith("Reconstruction"), source);
            assertEquals("2012-13", row.getCell(sourceColumn + 1).getStringCellValue());
            int arrest = calc.slots().find("stages.arrest.unitCost");
            assertEquals("CLG Troubled Families cost database, 2012 (as the slides cite it: \"per CLG TF cost database\")",
                    s.getRow(AssumptionsSheet.FIRST_ROW + arrest).getCell(sourceColumn).getStringCellValue());
        }
    }

    @Test
    void summaryAndOptionsCarryTheirCharts() throws Exception {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            assertEquals(1, wb.getSheet(SummarySheet.NAME).getDrawingPatriarch().getCharts().size());
            assertEquals(1, wb.getSheet(OptionsSheet.NAME).getDrawingPatriarch().getCharts().size());
        }
    }

    /**
     * The Options table prints over several pages across with its option names (column A) repeated on each:
     * a chart reaching into column A printed a slice of itself on every one of those pages.
     */
    @Test
    void theOptionsChartStaysRightOfTheColumnRepeatedOnEveryPage() throws Exception {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            XSSFSheet sheet = wb.getSheet(OptionsSheet.NAME);
            var repeated = sheet.getRepeatingColumns();
            assertTrue(repeated != null, "the Options sheet repeats its option names on every page across");
            var drawing = sheet.getDrawingPatriarch();
            var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) drawing.getCharts().get(0).getGraphicFrame()
                    .getAnchor();
            assertTrue(anchor.getCol1() > repeated.getLastColumn(),
                    "chart starts in column " + anchor.getCol1() + ", inside the repeated columns");
        }
    }

    @Test
    void theOptionsChartRefersToTheNpvColumnAndCachesTheEnginesFigures() throws Exception {
        JourneyModel model = Samples.barnet();
        List<org.journeyworkbench.engine.result.OptionResult> options =
                new org.journeyworkbench.engine.calc.Options(Calculation.compile(model)).compare();
        try (XSSFWorkbook wb = ExcelExport.build(model, null)) {
            var chart = ((XSSFSheet) wb.getSheet(OptionsSheet.NAME)).getDrawingPatriarch().getCharts().get(0);
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            int first = OptionsSheet.HEADER_ROW + 2;
            int last = OptionsSheet.HEADER_ROW + 1 + options.size();
            assertEquals("Options!$D$" + first + ":$D$" + last, series.getVal().getNumRef().getF());
            assertEquals("Options!$A$" + first + ":$A$" + last, series.getCat().getStrRef().getF());
            var numbers = series.getVal().getNumRef().getNumCache().getPtArray();
            var names = series.getCat().getStrRef().getStrCache().getPtArray();
            assertEquals(options.size(), numbers.length);
            for (int k = 0; k < options.size(); k++) {
                assertEquals(options.get(k).npv(), Double.parseDouble(numbers[k].getV()), 1e-6);
                assertEquals(options.get(k).name(), names[k].getV());
            }
        }
    }

    @Test
    void caseCountsPrintWithEnoughDecimalsToMultiplyOut() throws Exception {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            Sheet calc = wb.getSheet(CalculationsSheet.NAME);
            Cell cases = null;
            for (Row row : calc) {
                Cell c = row.getCell(CalculationsSheet.CASES);
                if (c != null && c.getCellType() == CellType.FORMULA) {
                    cases = c;
                    break;
                }
            }
            String format = cases.getCellStyle().getDataFormatString();
            assertTrue(format.endsWith("0.0#####"), format);
        }
    }

    private static DataValidation ruleFor(XSSFSheet sheet, Cell cell) {
        for (DataValidation v : sheet.getDataValidations()) {
            for (var range : v.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(cell)) {
                    return v;
                }
            }
        }
        throw new AssertionError("no data validation on " + cell.getAddress());
    }
}
