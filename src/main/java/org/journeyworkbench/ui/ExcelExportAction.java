package org.journeyworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.io.xlsx.ExportOptions;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.Prompts;

/**
 * File ▸ Export to Excel…: asks where, writes the workbook (with the last tornado and Monte Carlo run when
 * they are still current), says plainly if it could not.
 */
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
                ExcelExport.write(doc.model(), doc.scenarioName(), out, runs(files, doc));
                doc.notice("Exported " + doc.scenarioName() + " to " + out.getFileName() + ".");
            } catch (ModelException | java.io.IOException e) {
                prompts.error("Could not export", e.getMessage()
                        + "\n\nNo file was written; your work is still open.");
            }
        });
    }

    /** The window's last runs still current for the exported scenario, named as on a command line. */
    static ExportOptions runs(FileActions files, org.journeyworkbench.ui.document.WorkbenchDocument doc) {
        return runs(files.displayName(), doc);
    }

    static ExportOptions runs(String modelName, org.journeyworkbench.ui.document.WorkbenchDocument doc) {
        List<String> args = new ArrayList<>(List.of(modelName.endsWith(".json") ? modelName : "MODEL.json"));
        if (!org.journeyworkbench.engine.edits.ScenarioEdits.isBase(doc.scenarioName())) {
            args.addAll(List.of("--scenario", doc.scenarioName()));
        }
        return doc.lastRuns().forExport(doc.model(), doc.scenarioName(), args);
    }
}
