package org.journeyworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeyworkbench.io.RecoveryStore;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home folder the workbench cannot write to (here a file stands where ~/.journey-workbench should be, which
 * stops root as well as anyone): the recent-files list and the recovery copies fail quietly or in words,
 * never interrupting work.
 */
class UnwritableHomeTest {

    @Test
    void theRecentFilesListIsKeptWhenItCanBeAndOtherwiseLeftEmpty(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve(".journey-workbench"), "a file, not a folder");
        RecentFiles recent = new RecentFiles(home.resolve(".journey-workbench").resolve("recent-files.txt"));
        assertDoesNotThrow(() -> recent.add(home.resolve("model.json")));
        assertDoesNotThrow(() -> recent.remove(home.resolve("model.json")));
        assertEquals(List.of(), recent.list());
    }

    @Test
    void aRecoveryCopyThatCannotBeWrittenSaysWhyOnceInWords(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve(".journey-workbench"), "a file, not a folder");
        RecoveryStore store = new RecoveryStore(home.resolve(".journey-workbench").resolve("recovery"));
        IOException e = assertThrows(IOException.class, () -> store.write(Samples.barnet(), null));
        String said = RecoveryService.notWritten(e);
        assertTrue(said.startsWith("Unsaved changes could not be copied for recovery ("), said);
        assertTrue(said.endsWith("); save them to keep them."), said);
        assertTrue(!said.contains("Exception") && !said.contains("java."), said);
        assertEquals(List.of(), store.orphans());
        assertDoesNotThrow(store::discardOwn);
    }
}
