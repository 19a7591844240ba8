package org.journeyworkbench.io.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.io.AtomicFiles;
import org.journeyworkbench.io.FileProblems;
import org.journeyworkbench.io.ModelFileException;
import org.journeyworkbench.io.WorkshopLogEntry;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * Exports a model to an Excel workbook for business case appendices: Summary, Appraisal, Assumptions,
 * Calculations and Scenarios. Every figure on Summary, Appraisal and Calculations is a live formula over the
 * Assumptions sheet, written from the same compiled calculation the engine evaluates, with the engine's
 * values cached, so the workbook can be checked and changed in any spreadsheet.
 */
public final class ExcelExport {
    /** Each option is a column of Assumptions and a sheet of its own: more than this would not be read. */
    static final int MAX_OPTIONS = 200;

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
        write(model, scenarioName, out, ExportOptions.none());
    }

    /**
     * As {@link #write(JourneyModel, String, Path)}, with the runs in {@code options} set out on Sensitivity
     * and Uncertainty sheets.
     *
     * @throws ModelException when a run is of another scenario than the one exported
     */
    public static void write(JourneyModel model, String scenarioName, Path out, ExportOptions options)
            throws IOException {
        write(model, scenarioName, out, options, List.of());
    }

    /** As {@link #write(JourneyModel, String, Path)}, with a workshop's session log as a "Workshop log" sheet. */
    public static void write(JourneyModel model, String scenarioName, Path out, List<WorkshopLogEntry> log)
            throws IOException {
        write(model, scenarioName, out, ExportOptions.none(), log);
    }

    /** With both the runs in {@code options} and a workshop's session log. */
    public static void write(JourneyModel model, String scenarioName, Path out, ExportOptions options,
                             List<WorkshopLogEntry> log) throws IOException {
        XSSFWorkbook wb = build(model, scenarioName, options, log);
        String name = out.getFileName() == null ? out.toString() : out.getFileName().toString();
        try (wb) {
            // Zipped in memory first: POI turns a failed write of its own into an unchecked error that hides
            // the reason ("No space left on device"), and logs a trace. The file itself is then written by us.
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            wb.write(zipped);
            AtomicFiles.write(out, zipped::writeTo);
        } catch (IOException e) {
            throw new ModelFileException(name, "", "could not be written: " + FileProblems.whyNotWritten(e), e);
        }
    }

    /**
     * Builds and writes the workbook to nowhere, so that Apache POI's classes are loaded and compiled before a
     * real export (the window does this in the background once it is painted).
     */
    public static void warmUp(JourneyModel model, String scenarioName) throws IOException {
        try (XSSFWorkbook wb = build(model, scenarioName)) {
            wb.write(java.io.OutputStream.nullOutputStream());
        }
    }

    /**
     * The workbook in memory. Every figure is written as a formula from the compiled calculation with the
     * engine's value cached beside it, so nothing is evaluated twice and the export grows with the model.
     */
    public static XSSFWorkbook build(JourneyModel model, String scenarioName) {
        return build(model, scenarioName, ExportOptions.none());
    }

    /** The workbook in memory, with the runs in {@code runs}. */
    public static XSSFWorkbook build(JourneyModel model, String scenarioName, ExportOptions runs) {
        return build(model, scenarioName, runs, List.of());
    }

    /** The workbook in memory, with a "Workshop log" sheet when {@code log} has any changes. */
    public static XSSFWorkbook build(JourneyModel model, String scenarioName, List<WorkshopLogEntry> log) {
        return build(model, scenarioName, ExportOptions.none(), log);
    }

    /** The workbook in memory, with the runs in {@code runs} and the workshop's {@code log} (may be empty). */
    public static XSSFWorkbook build(JourneyModel model, String scenarioName, ExportOptions runs,
                                     List<WorkshopLogEntry> log) {
        Scenario scenario = ScenarioEdits.scenario(model, scenarioName);
        runs.checkAgainst(scenario);
        List<Scenario> options = new ArrayList<>();
        options.add(Scenario.base());
        options.addAll(model.scenarios());
        if (options.size() > MAX_OPTIONS) {
            throw new ModelException("scenarios", "the model has " + model.scenarios().size() + " scenarios; a "
                    + "workbook can set out at most " + (MAX_OPTIONS - 1) + " beside the base case");
        }
        int exported = 0;
        for (int k = 1; k < options.size(); k++) {
            if (options.get(k).name().equalsIgnoreCase(scenario.name())) {
                exported = k;
            }
        }
        Calculation calc = Calculation.compile(model, scenario);
        ExportLimits.check(calc, options.size());
        List<double[]> values = new ArrayList<>();
        for (Scenario option : options) {
            double[] v = calc.bind(option);
            calc.evaluate(v, calc.newScratch());
            if (!Double.isFinite(calc.netSystemSaving(v))) {
                calc.result(v, option.name()); // throws, saying the formula divides by zero
            }
            values.add(v);
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        SheetWriter cover = new SheetWriter(wb.createSheet(CoverSheet.NAME), styles);
        SheetWriter summary = new SheetWriter(wb.createSheet(SummarySheet.NAME), styles);
        SheetWriter appraisal = new SheetWriter(wb.createSheet(AppraisalSheet.NAME), styles);
        SheetWriter optionsSheet = new SheetWriter(wb.createSheet(OptionsSheet.NAME), styles);
        SheetWriter sensitivity = runs.sensitivity() == null ? null
                : new SheetWriter(wb.createSheet(SensitivitySheet.NAME), styles);
        SheetWriter uncertainty = runs.simulation() == null ? null
                : new SheetWriter(wb.createSheet(UncertaintySheet.NAME), styles);
        SheetWriter assumptions = new SheetWriter(wb.createSheet(AssumptionsSheet.NAME), styles);
        SheetWriter calculations = new SheetWriter(wb.createSheet(CalculationsSheet.NAME), styles);
        SheetWriter deflator = new SheetWriter(wb.createSheet(DeflatorSheet.NAME), styles);
        AssumptionsSheet inputs = new AssumptionsSheet();
        inputs.write(wb, assumptions, calc, options, values, exported);

        List<CalculationCells> cells = new ArrayList<>();
        List<SheetWriter> optionSheets = new ArrayList<>();
        SummarySheet summarySheet = new SummarySheet();
        AppraisalSheet appraisalSheet = new AppraisalSheet();
        CalculationsSheet calculationsSheet = new CalculationsSheet();
        for (int k = 0; k < options.size(); k++) {
            int option = k;
            CalculationCells c = k == exported ? new CalculationCells(calc, values.get(k), inputs::name)
                    : new CalculationCells(calc, values.get(k), slot -> AssumptionsSheet.ref(option, slot));
            if (k == exported) {
                summarySheet.place(calc, c.places);
                appraisalSheet.place(calc, c.places);
                calculationsSheet.place(calc, c.places);
                inputs.placePrices(calc, c.places);
            } else {
                SheetWriter w = new SheetWriter(wb.createSheet(OptionSheet.sheetName(k)), styles);
                OptionSheet.place(calc, c.places, w.sheet.getSheetName());
                optionSheets.add(w);
            }
            cells.add(c);
        }
        summarySheet.write(summary, calc, scenario.name(), cells.get(exported));
        appraisalSheet.write(appraisal, calc, scenario.name(), cells.get(exported));
        calculationsSheet.write(calculations, calc, cells.get(exported));
        inputs.writePrices(assumptions, calc, cells.get(exported));
        DeflatorSheet.write(deflator, calc.deflator());
        int next = 0;
        for (int k = 0; k < options.size(); k++) {
            if (k != exported) {
                OptionSheet.write(optionSheets.get(next++), calc, options.get(k).name(), cells.get(k));
            }
        }
        new OptionsSheet().write(optionsSheet, calc, options, values, cells);
        if (sensitivity != null) {
            new SensitivitySheet().write(sensitivity, runs.sensitivity(), runs.sensitivityRanAt(), runs.modelArguments());
        }
        if (uncertainty != null) {
            new UncertaintySheet().write(uncertainty, runs.simulation(), runs.simulationRanges(), runs.simulationRanAt(),
                    runs.modelArguments());
        }
        List<CoverSheet.Entry> contents = new ArrayList<>(List.of(
                new CoverSheet.Entry(SummarySheet.NAME, "The Cost/Benefit Summary by agency and the Level 1 terms: the "
                        + "first year of \"" + scenario.name() + "\""),
                new CoverSheet.Entry(AppraisalSheet.NAME, "Costs and benefits over the appraisal period, discounted: "
                        + "NPV, BCR, payback, value for money, by agency"),
                new CoverSheet.Entry(OptionsSheet.NAME, "The base case and every scenario side by side, with the "
                        + "difference from the base case"),
                new CoverSheet.Entry(AssumptionsSheet.NAME, "Every input, with its source, for each option"),
                new CoverSheet.Entry(CalculationsSheet.NAME, "The first year's Level 2 chain line by line"),
                new CoverSheet.Entry(DeflatorSheet.NAME, "The GDP deflator table the costs are uprated to the price "
                        + "base with (" + calc.deflator().name() + ")")));
        if (sensitivity != null) {
            contents.add(3, new CoverSheet.Entry(SensitivitySheet.NAME, "Which inputs move the "
                    + runs.sensitivity().metricLabel() + " most (a tornado) and the value of each at which it would "
                    + "cross zero: figures from a run, dated"));
        }
        if (uncertainty != null) {
            contents.add(sensitivity == null ? 3 : 4, new CoverSheet.Entry(UncertaintySheet.NAME, "How sure the "
                    + runs.simulation().metricLabel() + " is: a Monte Carlo simulation's percentiles, chance of being "
                    + "above zero and histogram, with the ranges sampled: figures from a run, dated"));
        }
        if (!optionSheets.isEmpty()) {
            contents.add(new CoverSheet.Entry("Option 1, 2, …", "Hidden sheets holding each other option's whole "
                    + "calculation, cell by cell, which the Options sheet reads (unhide them to follow a figure)"));
        }
        SheetWriter workshopLog = null;
        if (!log.isEmpty()) {
            workshopLog = new SheetWriter(wb.createSheet(WorkshopLogSheet.NAME), styles);
            wb.setSheetOrder(WorkshopLogSheet.NAME, wb.getSheetIndex(calculations.sheet) + 1);
            WorkshopLogSheet.write(workshopLog, log);
            contents.add(new CoverSheet.Entry(WorkshopLogSheet.NAME, "Every change made during the workshop, with "
                    + "its effect on the headline figures"));
        }
        new CoverSheet().write(wb, cover, model, scenario, contents, calc.deflator(),
                org.journeyworkbench.engine.validation.ProvenanceChecks.check(model, calc.deflator(),
                        org.journeyworkbench.engine.prices.UnitCostLibrary.inUse(),
                        org.journeyworkbench.engine.validation.ProvenanceChecks.DEFAULT_MAX_AGE));
        properties(wb, model, scenario);
        String title = SheetWriter.shortened(model.name(), 120) + " — " + SheetWriter.shortened(scenario.name(), 60);
        for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
            ColumnFit.fit(sheet);
        }
        printReady(cover.sheet, title, 0, 0);
        printReady(summary.sheet, title, SummarySheet.HEADER_ROW + 1, 1);
        printReady(appraisal.sheet, title, AppraisalSheet.HEADER_ROW + 1, AppraisalSheet.FIRST_YEAR_COLUMN);
        printReady(optionsSheet.sheet, title, OptionsSheet.HEADER_ROW + 1, 1, WIDE_PRINT_SCALE);
        if (sensitivity != null) {
            printReady(sensitivity.sheet, title, 0, 1, WIDE_PRINT_SCALE);
            runSheet(wb, sensitivity.sheet, SensitivitySheet.HEADER_ROW, SensitivitySheet.LAST_PRINTED);
        }
        if (uncertainty != null) {
            printReady(uncertainty.sheet, title, 0, 0, WIDE_PRINT_SCALE);
            wb.setPrintArea(wb.getSheetIndex(uncertainty.sheet), 0, UncertaintySheet.LAST_PRINTED, 0,
                    uncertainty.sheet.getLastRowNum());
        }
        printReady(assumptions.sheet, title, AssumptionsSheet.HEADER_ROW + 1, 2, WIDE_PRINT_SCALE);
        printReady(calculations.sheet, title, CalculationsSheet.HEADER_ROW + 1, 1);
        printReady(deflator.sheet, title, DeflatorSheet.FIRST_ROW, 1);
        if (workshopLog != null) {
            printReady(workshopLog.sheet, title, WorkshopLogSheet.HEADER_ROW + 1, 0);
        }
        for (SheetWriter w : optionSheets) {
            printReady(w.sheet, title, 3, 1);
            // Machinery behind the Options sheet, cell by cell: kept in the file, out of the printed appendix.
            wb.setSheetHidden(wb.getSheetIndex(w.sheet), true);
        }
        // The defined names and addresses are for formulas and scripts, not for the printed appendix.
        wb.setPrintArea(wb.getSheetIndex(assumptions.sheet), 0, AssumptionsSheet.FIRST_OPTION_COLUMN + options.size() + 3,
                0, Math.max(AssumptionsSheet.FIRST_ROW, assumptions.sheet.getLastRowNum()));
        wb.setForceFormulaRecalculation(true);
        return wb;
    }

    /** The table's heading repeats on every page; the chart's data to the right of the table is not printed. */
    private static void runSheet(XSSFWorkbook wb, Sheet sheet, int headerRow, int lastColumn) {
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastColumn, 0, Math.max(headerRow + 1, sheet.getLastRowNum()));
    }

    /** The file's own properties: who made it (this program, not "Apache POI"), its title and subject. */
    private static void properties(XSSFWorkbook wb, JourneyModel model, Scenario scenario) {
        var core = wb.getProperties().getCoreProperties();
        core.setCreator("Journey Workbench " + org.journeyworkbench.io.Version.get());
        core.setTitle(SheetWriter.shortened(model.name(), 250));
        core.setSubjectProperty(SheetWriter.shortened("Outline Business Case appendix: " + scenario.name(), 250));
        core.setDescription(SheetWriter.shortened(model.notes(), 2000));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Journey Workbench");
    }

    /** Printing shrinks the 11 pt body text to about 9 pt... */
    static final short PRINT_SCALE = 85;
    /** ...and the wide tables to 8¼ pt, never less: 8 pt is the smallest an appendix should print. */
    static final short WIDE_PRINT_SCALE = 75;

    /**
     * Landscape A4 at a fixed, legible scale: a wide sheet runs over several pages with its headings and label
     * columns repeated on each, rather than being shrunk to one page width past reading.
     *
     * @param headingRows how many rows from the top repeat on every page (0 for none)
     * @param labelColumns how many columns from the left repeat on every page across
     */
    private static void printReady(Sheet sheet, String title, int headingRows, int labelColumns) {
        printReady(sheet, title, headingRows, labelColumns, PRINT_SCALE);
    }

    private static void printReady(Sheet sheet, String title, int headingRows, int labelColumns, short scale) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setScale(scale);
        sheet.setFitToPage(false);
        sheet.setAutobreaks(true);
        if (headingRows > 0) {
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, headingRows - 1, -1, -1));
        }
        if (labelColumns > 0) {
            sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, labelColumns - 1));
        }
        sheet.getHeader().setCenter(title.replace("&", "&&"));
        sheet.getFooter().setLeft("Exported " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy"))
                + " by Journey Workbench " + org.journeyworkbench.io.Version.get());
        sheet.getFooter().setRight("Page &P of &N");
    }
}
