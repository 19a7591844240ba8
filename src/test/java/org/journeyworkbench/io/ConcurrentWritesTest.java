package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workbenches saving or exporting to the same file at once (two windows, a script and a window): every
 * write is whole, so the file ends as one of them, never a mixture, and no temporary file is left.
 */
class ConcurrentWritesTest {

    @Test
    void savesAtOnceLeaveOneWholeModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared.json");
        List<JourneyModel> models = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            models.add(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 1000 + k));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (JourneyModel m : models) {
                done.add(pool.submit(() -> {
                    ModelFiles.save(m, file);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        JourneyModel read = ModelFiles.read(file);
        assertTrue(models.contains(read), "one of the saved models, whole");
        assertTrue(models.contains(ModelFiles.read(ModelFiles.backupOf(file))), "the backup is whole too");
        try (var files = Files.list(dir)) {
            assertEquals(Set.of("shared.json", "shared.json.bak"),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()), "no temporary file left");
        }
    }

    @Test
    void exportsAtOnceLeaveOneWholeWorkbook(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("shared.xlsx");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                JourneyModel m = Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 1000 + k);
                done.add(pool.submit(() -> {
                    ExcelExport.write(m, null, out);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            assertTrue(wb.getNumberOfSheets() > 1, "a whole workbook");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("shared.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
