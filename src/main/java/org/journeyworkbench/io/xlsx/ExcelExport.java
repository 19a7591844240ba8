package org.journeyworkbench.io.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.Inputs;
import org.journeyworkbench.engine.ModelValidator;
import org.journeyworkbench.engine.ScenarioEdits;
import org.journeyworkbench.io.AtomicFiles;
import org.journeyworkbench.io.FileProblems;
import org.journeyworkbench.io.ModelFileException;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;

/**
 * Exports a model to an Excel workbook for business case appendices: Summary, Assumptions, Calculations
 * and Scenarios. Every figure on Summary and Calculations is a live formula over the Assumptions sheet,
 * with cached values written too, so the workbook can be checked and changed in any spreadsheet.
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

    /** The workbook in memory, formulas evaluated and cached. */
    public static XSSFWorkbook build(JourneyModel model, String scenarioName) {
        ModelValidator.requireValid(model);
        Scenario scenario = ScenarioEdits.scenario(model, scenarioName);
        JourneyModel applied = Inputs.apply(model, scenario);
        ModelValidator.requireValid(applied);
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        SheetWriter summary = new SheetWriter(wb.createSheet("Summary"), styles);
        SheetWriter assumptions = new SheetWriter(wb.createSheet("Assumptions"), styles);
        SheetWriter calculations = new SheetWriter(wb.createSheet("Calculations"), styles);
        SheetWriter scenarios = new SheetWriter(wb.createSheet("Scenarios"), styles);
        AssumptionsSheet names = new AssumptionsSheet();
        names.write(wb, assumptions, applied);
        CalculationsSheet calc = new CalculationsSheet(applied, names);
        calc.write(calculations);
        new SummarySheet().write(summary, applied, scenario.name(), calculations, calc, names);
        new ScenariosSheet().write(scenarios, model, scenario);
        String title = model.name() + " — " + scenario.name();
        for (SheetWriter w : new SheetWriter[] {summary, assumptions, calculations, scenarios}) {
            printReady(w.sheet, title);
        }
        wb.setForceFormulaRecalculation(true);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
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
