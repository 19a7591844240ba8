package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, an independent spreadsheet engine, recalculates the exported workbook and must agree with
 * our engine to the penny. Every cached value is poisoned first, so only a real recalculation can pass.
 * Skipped where LibreOffice is missing, except under CI=true, where that is a failure.
 */
class LibreOfficeRecalculationTest {
    private static final double POISON = -987_654_321;
    private static String soffice;

    @BeforeAll
    static void findLibreOffice() {
        soffice = onPath("soffice");
        if (soffice == null && "true".equals(System.getenv("CI"))) {
            fail("LibreOffice (soffice) is not installed, and under CI this test must run: "
                    + "apt-get install -y --no-install-recommends libreoffice-calc-nogui");
        }
        assumeTrue(soffice != null, "LibreOffice is not installed; this check runs in CI");
    }

    @Test
    void libreOfficeRecalculatesTheSlidesTableToThePenny(@TempDir Path dir) throws Exception {
        JourneyModel barnet = Samples.barnet();
        try (XSSFWorkbook wb = ExcelExport.build(barnet, null)) {
            poisonCachedValues(wb);
            List<List<String>> summary = recalculate(wb, dir, "barnet");
            WorkbookCheck.summaryMatchesEngine(Engine.compute(barnet), (r, c) -> number(summary, r, c),
                    "LibreOffice");
            assertEquals(166_604.40, number(summary, SummarySheet.HEADER_ROW + 1 + 6 + 4 + 4, 5), 0.005);
        }
    }

    @Test
    void libreOfficeUpratesTamesidesCustodyCostAsTheEngineDoes(@TempDir Path dir) throws Exception {
        JourneyModel tameside = Samples.tameside();
        try (XSSFWorkbook wb = ExcelExport.build(tameside, null)) {
            poisonCachedValues(wb);
            List<List<String>> summary = recalculate(wb, dir, "tameside");
            WorkbookCheck.summaryMatchesEngine(Engine.compute(tameside), (r, c) -> number(summary, r, c),
                    "LibreOffice, uprated");
        }
        try (XSSFWorkbook wb = ExcelExport.build(tameside, null)) {
            poisonCachedValues(wb);
            List<List<String>> assumptions = recalculate(wb, dir, "tameside-assumptions", AssumptionsSheet.NAME);
            var calc = org.journeyworkbench.engine.calc.Calculation.compile(tameside);
            List<String> custody = assumptions.get(AssumptionsSheet.FIRST_ROW
                    + calc.slots().find("stages.custody.unitCost"));
            int factor = AssumptionsSheet.FIRST_OPTION_COLUMN + tameside.scenarios().size() + 1 + 2;
            assertEquals(71.5454 / 70.3261, parse(custody.get(factor)), 1e-9);
            assertEquals(45000 * 71.5454 / 70.3261, parse(custody.get(factor + 1)), 0.005);
        }
    }

    @Test
    void changingTheArrestUnitCostInLibreOfficeMovesThePoliceSavingAsTheEngineSays(@TempDir Path dir)
            throws Exception {
        try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), null)) {
            CellReference ref = new CellReference(wb.getName("in_stages.arrest.unitCost").getRefersToFormula());
            wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(2930);
            poisonCachedValues(wb);
            List<List<String>> summary = recalculate(wb, dir, "changed");
            JourneyModel expected = Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2930);
            WorkbookCheck.summaryMatchesEngine(Engine.compute(expected), (r, c) -> number(summary, r, c),
                    "LibreOffice after changing the arrest unit cost");
            assertEquals(357_871.04 + 105_600, number(summary, SummarySheet.HEADER_ROW + 1, 1), 0.005);
        }
    }

    @Test
    void libreOfficeRecalculatesTheAppraisalAfterAChangedDiscountRateAndProfile(@TempDir Path dir) throws Exception {
        for (String scenario : new String[] {null, "Without Community Coaches"}) {
            try (XSSFWorkbook wb = ExcelExport.build(Samples.barnet(), scenario)) {
                set(wb, "in_appraisal.discountRates.0.rate", 0.05);
                set(wb, "in_initiatives.personalisation.profile.takeUp.2", 0.5);
                set(wb, "in_initiatives.njp.profile.setUpCosts.1", 0.25);
                poisonCachedValues(wb);
                List<List<String>> sheet = recalculate(wb, dir, "appraisal" + (scenario == null ? "" : "2"),
                        AppraisalSheet.NAME);
                JourneyModel m = Samples.barnet();
                m = Inputs.set(m, "appraisal.discountRates.0.rate", 0.05);
                m = Inputs.set(m, "initiatives.personalisation.profile.takeUp.2", 0.5);
                m = Inputs.set(m, "initiatives.njp.profile.setUpCosts.1", 0.25);
                var a = Engine.compute(m, org.journeyworkbench.engine.edits.ScenarioEdits.scenario(m, scenario)).appraisal();
                assertEquals(a.npv(), labelled(sheet, "Net present value", 0), 0.005);
                assertEquals(a.pvBenefits(), labelled(sheet, "Present value of benefits", 0), 0.005);
                assertEquals(a.pvCosts(), labelled(sheet, "Present value of costs", 0), 0.005);
                assertEquals(a.bcr(), labelled(sheet, "Benefit-cost ratio", 0), 1e-9);
                assertEquals(a.valueForMoney(), row(sheet, "Value for money").get(AppraisalSheet.FIRST_YEAR_COLUMN));
                for (var y : a.years()) {
                    assertEquals(y.net(), labelled(sheet, "Net benefit", y.year()), 0.005, "year " + y.year());
                    assertEquals(y.presentValue(), labelled(sheet, "Present value", y.year()), 0.005);
                }
                // NPV by agency: the rows under "By agency", PV benefits, PV costs, NPV.
                for (var agency : a.byAgency()) {
                    List<String> r = row(sheet, agency.agency());
                    assertEquals(agency.npv(), Double.parseDouble(r.get(AppraisalSheet.FIRST_YEAR_COLUMN + 2)), 0.005,
                            agency.agency());
                }
            }
        }
    }

    @Test
    void libreOfficeRecalculatesEveryOptionAfterABaseCaseChange(@TempDir Path dir) throws Exception {
        for (Path sample : Samples.all()) {
            JourneyModel m = org.journeyworkbench.io.ModelFiles.read(sample);
            String exported = m.scenarios().isEmpty() ? null : m.scenarios().get(0).name();
            try (XSSFWorkbook wb = ExcelExport.build(m, exported)) {
                var calc = org.journeyworkbench.engine.calc.Calculation.compile(m);
                String unit = m.stages().get(0).id();
                CellReference ref = new CellReference(AssumptionsSheet.ref(0,
                        calc.slots().find("stages." + unit + ".unitCost")));
                wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(777);
                poisonCachedValues(wb);
                String name = sample.getFileName().toString().replace(".json", "");
                List<List<String>> sheet = recalculate(wb, dir, name, OptionsSheet.NAME);
                var expected = new org.journeyworkbench.engine.calc.Options(org.journeyworkbench.engine.calc.Calculation
                        .compile(Inputs.set(m, "stages." + unit + ".unitCost", 777))).compare();
                for (int k = 0; k < expected.size(); k++) {
                    var o = expected.get(k);
                    List<String> r = sheet.get(OptionsSheet.HEADER_ROW + 1 + k);
                    assertEquals(o.name(), r.get(0));
                    assertEquals(o.year1NetSaving(), parse(r.get(1)), 0.005, name + " " + o.name());
                    assertEquals(o.npv(), parse(r.get(3)), 0.005, name + " " + o.name());
                    assertEquals(o.deltaNpv(), parse(r.get(4)), 0.005, name + " " + o.name());
                    for (int a = 0; a < o.byAgency().size(); a++) {
                        assertEquals(o.byAgency().get(a).npv(), parse(r.get(8 + a)), 0.005);
                    }
                }
            }
        }
    }

    @Test
    void libreOfficeOpensTheSensitivityAndUncertaintySheetsWithTheEnginesFigures(@TempDir Path dir) throws Exception {
        JourneyModel m = RunSheetsTest.barnetWithRanges();
        ExportOptions runs = RunSheetsTest.runs(m, null, 3, 0);
        try (XSSFWorkbook wb = ExcelExport.build(m, null, runs)) {
            // Rows before the table only: the table's cells hold line breaks, which the CSV reader here splits on.
            List<List<String>> tornado = recalculate(wb, dir, "runs", SensitivitySheet.NAME);
            assertEquals(runs.sensitivity().base(), Double.parseDouble(row(tornado, "In the scenario").get(1)), 1e-6);
            List<List<String>> mc = recalculate(wb, dir, "runs2", UncertaintySheet.NAME);
            assertEquals(runs.simulation().summary().mean(), Double.parseDouble(row(mc, "Mean").get(1)), 1e-6);
            assertEquals(runs.simulation().summary().p10(), Double.parseDouble(row(mc, "P10").get(1)), 1e-6);
        }
    }

    private static double parse(String v) {
        double d = Double.parseDouble(v);
        if (d == POISON) {
            throw new AssertionError("not recalculated");
        }
        return d;
    }

    private static void set(XSSFWorkbook wb, String name, double value) {
        CellReference ref = new CellReference(wb.getName(name).getRefersToFormula());
        Cell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula(); // typing a value over a cell that follows another, as a user would
        }
        cell.setCellValue(value);
    }

    private static List<String> row(List<List<String>> rows, String label) {
        for (List<String> r : rows) {
            if (!r.isEmpty() && r.get(0).equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    private static double labelled(List<List<String>> rows, String label, int year) {
        String v = row(rows, label).get(AppraisalSheet.FIRST_YEAR_COLUMN + year);
        double d = Double.parseDouble(v);
        if (d == POISON) {
            throw new AssertionError(label + " was not recalculated");
        }
        return d;
    }

    private static void poisonCachedValues(XSSFWorkbook wb) {
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cell.setCellValue(POISON); // keeps the formula, replaces its cached result
                    }
                }
            }
        }
    }

    /** Writes the workbook, has LibreOffice recalculate it and returns the Summary sheet as raw CSV rows. */
    private static List<List<String>> recalculate(XSSFWorkbook wb, Path dir, String name) throws Exception {
        return recalculate(wb, dir, name, "Summary");
    }

    /** Writes the workbook, has LibreOffice recalculate it and returns one sheet as raw CSV rows. */
    private static List<List<String>> recalculate(XSSFWorkbook wb, Path dir, String name, String sheetName)
            throws Exception {
        Path xlsx = dir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        Path profile = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        Path out = Files.createDirectories(dir.resolve("csv"));
        Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
                "--outdir", out.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish: " + log);
        Path csv = out.resolve(name + "-" + sheetName + ".csv");
        assertTrue(Files.exists(csv), "no " + csv.getFileName() + "; LibreOffice said: " + log);
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            rows.add(splitCsv(line));
        }
        return rows;
    }

    private static double number(List<List<String>> rows, int r, int c) {
        String v = rows.get(r).get(c);
        double d = Double.parseDouble(v);
        if (d == POISON) {
            throw new AssertionError("row " + r + ", column " + c + " was not recalculated");
        }
        return d;
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
