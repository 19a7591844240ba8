package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.io.xlsx.ExportOptions;
import org.journeyworkbench.ui.uncertainty.SensitivityViewModel;
import org.journeyworkbench.ui.uncertainty.SimulationViewModel;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export to Excel…: writes where the user chose, or says plainly why it could not. */
class ExcelExportActionTest {
    private final WorkbenchDocument document = new WorkbenchDocument(FileActions.barnet(), null);
    private final ScriptedPrompts prompts = new ScriptedPrompts();

    private FileActions files(Path dir) {
        return new FileActions(document, prompts, new RecentFiles(dir.resolve("recent.txt")), () -> { });
    }

    @Test
    void exportsTheScenarioBeingEditedAndAddsTheExtension(@TempDir Path dir) {
        document.setScenario("Without Community Coaches");
        prompts.save = dir.resolve("appendix");
        ExcelExportAction.run(files(dir), prompts, document);
        assertTrue(Files.exists(dir.resolve("appendix.xlsx")), prompts.errors.toString());
        assertEquals("Exported Without Community Coaches to appendix.xlsx.", document.noticeProperty().get());
    }

    @Test
    void aFileThatCannotBeWrittenIsExplainedAndNothingIsLeftBehind(@TempDir Path dir) throws Exception {
        prompts.save = dir.resolve("gone/appendix.xlsx");
        ExcelExportAction.run(files(dir), prompts, document);
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).startsWith("Could not export: appendix.xlsx: could not be written: "
                + "the folder does not exist"), prompts.errors.get(0));
        assertTrue(prompts.errors.get(0).contains("your work is still open"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.toString().contains("appendix")).count());
        }
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private SimulationViewModel simulationRunNow() {
        SimulationViewModel simulation = new SimulationViewModel(document, Runnable::run, Runnable::run);
        assertTrue(simulation.run("2,000", "7"), simulation.problemProperty().get());
        assertNotNull(simulation.figuresProperty().get());
        return simulation;
    }

    @Test
    void theLastRunsOfTheScenarioBeingExportedGoIntoTheWorkbook(@TempDir Path dir) throws Exception {
        document.setScenario("Without Community Coaches");
        simulationRunNow();
        ExportOptions runs = ExcelExportAction.runs("barnet.json", document);
        assertEquals(2_000, runs.simulation().samples());
        assertEquals(7, runs.simulation().seed());
        assertEquals(List.of("barnet.json", "--scenario", "Without Community Coaches"), runs.modelArguments());

        prompts.save = dir.resolve("appendix.xlsx");
        ExcelExportAction.run(files(dir), prompts, document);
        try (XSSFWorkbook wb = read(dir.resolve("appendix.xlsx"))) {
            assertNotNull(wb.getSheet("Uncertainty"), "the Monte Carlo run is set out");
            assertNotNull(wb.getSheet("Sensitivity"), "the tornado is set out");
        }
    }

    @Test
    void aRunMadeBeforeAnEditOrOnAnotherScenarioIsLeftOutButTheTornadoIsRunAgain(@TempDir Path dir)
            throws Exception {
        simulationRunNow();
        assertNotNull(ExcelExportAction.runs("barnet.json", document).simulation());
        document.setScenario("Without Community Coaches");
        ExportOptions other = ExcelExportAction.runs("barnet.json", document);
        assertNull(other.simulation(), "run on the base case, not on the scenario exported");
        assertEquals("Without Community Coaches", other.sensitivity().scenario());

        document.setScenario(org.journeyworkbench.model.Scenario.BASE_NAME);
        document.setInput("stages.arrest.unitCost", 2000, "Arrest unit cost");
        assertNull(ExcelExportAction.runs("barnet.json", document).simulation(), "the model changed since");

        prompts.save = dir.resolve("appendix.xlsx");
        ExcelExportAction.run(files(dir), prompts, document);
        try (XSSFWorkbook wb = read(dir.resolve("appendix.xlsx"))) {
            assertNull(wb.getSheet("Uncertainty"));
            assertNotNull(wb.getSheet("Sensitivity"));
        }
    }

    @Test
    void theTornadoShownInTheTabIsTheOneExported() {
        SensitivityViewModel tab = new SensitivityViewModel(document);
        assertTrue(tab.setSwing("10%"));
        ExportOptions runs = ExcelExportAction.runs("barnet.json", document);
        assertEquals(0.1, runs.sensitivity().swing(), 1e-12);
        assertEquals(List.of("MODEL.json"), ExcelExportAction.runs("Untitled", document).modelArguments());
    }
}
