package org.journeyworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.io.RecoveryStore;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbench with unsaved changes is killed without warning; the next start finds the recovery copy,
 * says which file it belongs to, and restoring it brings the changes back, still marked unsaved.
 */
class CrashRecoveryTest {
    static JourneyModel edited() {
        return Inputs.set(Samples.barnet(), "targetGroups.asb.cases", 77);
    }

    @Test
    void killedWithUnsavedChangesThenStartedAgainOffersThemBack(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("recovery");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWorkbench.class.getName(), folder.toString(), dir.resolve("barnet.json").toString())
                .redirectErrorStream(true).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.isDirectory(folder) || list(folder).isEmpty())) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        RecoveryStore next = new RecoveryStore(folder);
        List<RecoveryStore.Recovery> offered = next.orphans();
        assertEquals(1, offered.size(), "the copy the killed workbench left");
        assertEquals("barnet.json", offered.get(0).originalName());
        WorkbenchDocument restored = new WorkbenchDocument(Samples.barnet(), null);
        restored.restore(next.load(offered.get(0)), Path.of(offered.get(0).originalFile()));
        assertEquals(edited(), restored.model());
        assertTrue(restored.isDirty(), "restored work was never saved");
        assertEquals(dir.resolve("barnet.json"), restored.file());
    }

    @Test
    void aCleanExitLeavesNothingToOffer(@TempDir Path dir) throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
        doc.setInput("targetGroups.asb.cases", 77, "Change cases");
        RecoveryService service = new RecoveryService(doc, store);
        service.snapshot();
        service.stop();
        assertEquals(List.of(), new RecoveryStore(dir).orphans());
    }

    private static List<Path> list(Path folder) throws java.io.IOException {
        try (var s = Files.list(folder)) {
            return s.toList();
        }
    }

    /** A workbench process with unsaved changes that writes its recovery copy, then waits to be killed. */
    public static final class CrashingWorkbench {
        public static void main(String[] args) throws Exception {
            WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), Path.of(args[1]));
            doc.setInput("targetGroups.asb.cases", 77, "Change cases");
            new RecoveryService(doc, new RecoveryStore(Path.of(args[0]))).snapshot();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
