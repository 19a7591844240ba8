package org.journeyworkbench.io.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.ScenarioEdits;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.io.AtomicFiles;
import org.journeyworkbench.io.FileProblems;
import org.journeyworkbench.io.ModelFileException;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;

/**
 * Exports a model to an Excel workbook for business case appendices: Summary, Appraisal, Assumptions,
 * Calculations and Scenarios. Every figure on Summary, Appraisal and Calculations is a live formula over the
 * Assumptions sheet, written from the same compiled calculation the engine evaluates, with the engine's
 * values cached, so the workbook can be checked and changed in any spreadsheet.
 */
public final class ExcelExport {
    private ExcelExport() {
    }

    /**
     * Writes the workbook safely: a failure leaves no half-written file, and an existing file is only
     * replaced once the new one is complete.
     *
     * @param scenarioName null or "Base case" for the base case
     * @throws ModelFileException naming the file and why it could not be written, or the model's problem
     */
    public static void write(JourneyModel model, String scenarioName, Path out) throws IOException {
        XSSFWorkbook wb = build(model, scenarioName);
        String name = out.getFileName() == null ? out.toString() : out.getFileName().toString();
        try (wb) {
            AtomicFiles.write(out, wb::write);
        } catch (IOException e) {
            throw new ModelFileException(name, "", "could not be written: " + FileProblems.whyNotWritten(e), e);
        }
    }

    /**
     * The workbook in memory. Every figure is written as a formula from the compiled calculation with the
     * engine's value cached beside it, so nothing is evaluated twice and the export grows with the model.
     */
    public static XSSFWorkbook build(JourneyModel model, String scenarioName) {
        Scenario scenario = ScenarioEdits.scenario(model, scenarioName);
        Calculation calc = Calculation.compile(model, scenario);
        double[] values = calc.bind(scenario);
        calc.evaluate(values, calc.newScratch());
        calc.result(values, scenario.name()); // refuses a formula that divides by zero, naming it
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        SheetWriter summary = new SheetWriter(wb.createSheet(SummarySheet.NAME), styles);
        SheetWriter appraisal = new SheetWriter(wb.createSheet(AppraisalSheet.NAME), styles);
        SheetWriter assumptions = new SheetWriter(wb.createSheet("Assumptions"), styles);
        SheetWriter calculations = new SheetWriter(wb.createSheet(CalculationsSheet.NAME), styles);
        SheetWriter scenarios = new SheetWriter(wb.createSheet("Scenarios"), styles);
        AssumptionsSheet names = new AssumptionsSheet();
        names.write(wb, assumptions, calc, values, scenario);
        CalculationCells cells = new CalculationCells(calc, values, names);
        SummarySheet summarySheet = new SummarySheet();
        AppraisalSheet appraisalSheet = new AppraisalSheet();
        CalculationsSheet calculationsSheet = new CalculationsSheet();
        summarySheet.place(calc, cells.places);
        appraisalSheet.place(calc, cells.places);
        calculationsSheet.place(calc, cells.places);
        summarySheet.write(summary, calc, scenario.name(), cells);
        appraisalSheet.write(appraisal, calc, scenario.name(), cells);
        calculationsSheet.write(calculations, calc, cells);
        new ScenariosSheet().write(scenarios, model, scenario);
        String title = SheetWriter.shortened(model.name(), 120) + " — " + SheetWriter.shortened(scenario.name(), 60);
        for (SheetWriter w : new SheetWriter[] {summary, appraisal, assumptions, calculations, scenarios}) {
            printReady(w.sheet, title);
        }
        wb.setForceFormulaRecalculation(true);
        return wb;
    }

    private static void printReady(Sheet sheet, String title) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getHeader().setCenter(title.replace("&", "&&"));
        sheet.getFooter().setLeft("Exported " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy"))
                + " by Journey Workbench");
        sheet.getFooter().setRight("Page &P of &N");
    }
}
