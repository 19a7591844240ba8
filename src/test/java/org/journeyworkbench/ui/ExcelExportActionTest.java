package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
