package org.journeyworkbench.ui;

import java.nio.file.Path;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.Prompts;

/** File ▸ Export to Excel…: asks where, writes the workbook, says plainly if it could not. */
final class ExcelExportAction {
    private ExcelExportAction() {
    }

    static void run(FileActions files, Prompts prompts, org.journeyworkbench.ui.document.WorkbenchDocument doc) {
        String base = files.displayName().replaceFirst("\\.json$", "");
        String suggested = (base.equals("Untitled") ? "journey" : base)
                + (org.journeyworkbench.engine.edits.ScenarioEdits.isBase(doc.scenarioName()) ? ""
                : " - " + doc.scenarioName().replaceAll("[\\\\/:*?\"<>|]", "")) + ".xlsx";
        prompts.fileToSave(suggested, "xlsx", "Excel workbooks").ifPresent(chosen -> {
            Path out = chosen.getFileName().toString().toLowerCase().endsWith(".xlsx") ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
            try {
                ExcelExport.write(doc.model(), doc.scenarioName(), out);
                doc.notice("Exported " + doc.scenarioName() + " to " + out.getFileName() + ".");
            } catch (ModelException | java.io.IOException e) {
                prompts.error("Could not export", e.getMessage()
                        + "\n\nNo file was written; your work is still open.");
            }
        });
    }
}
