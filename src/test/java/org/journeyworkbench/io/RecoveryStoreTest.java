package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    private final JourneyModel edited = Inputs.set(Samples.barnet(), "targetGroups.asb.cases", 99);

    @Test
    void aCopyLeftByAnotherSessionIsOfferedBackWithItsFileAndTime(@TempDir Path dir) throws IOException {
        RecoveryStore crashed = new RecoveryStore(dir);
        crashed.write(edited, Path.of("/models/barnet.json"));
        RecoveryStore next = new RecoveryStore(dir);
        List<RecoveryStore.Recovery> found = next.orphans();
        assertEquals(1, found.size());
        assertEquals("barnet.json", found.get(0).originalName());
        assertEquals(edited, next.load(found.get(0)));
        assertTrue(found.get(0).writtenAt().isAfter(java.time.Instant.now().minusSeconds(60)));
        next.discard(found.get(0));
        assertEquals(List.of(), next.orphans());
    }

    @Test
    void aSessionNeverOffersItsOwnCopyAndACleanExitRemovesIt(@TempDir Path dir) throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(edited, null);
        store.write(edited, null);
        assertEquals(List.of(), store.orphans());
        store.discardOwn();
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void untitledWorkIsNamedUntitled(@TempDir Path dir) throws IOException {
        new RecoveryStore(dir).write(edited, null);
        assertEquals("Untitled", new RecoveryStore(dir).orphans().get(0).originalName());
    }

    @Test
    void aDamagedCopyIsIgnoredOrReportedNeverACrash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("junk.recovery.json"), "{ half");
        RecoveryStore store = new RecoveryStore(dir);
        assertEquals(List.of(), store.orphans());
        Files.writeString(dir.resolve("bad.recovery.json"),
                "{\"recoveryOf\":\"\",\"writtenAt\":\"2026-11-24T10:00:00Z\",\"pid\":-1,\"model\":\"{ }\"}");
        RecoveryStore.Recovery bad = store.orphans().get(0);
        assertThrows(ModelException.class, () -> store.load(bad));
    }

    @Test
    void aWholeTemporaryCopyLeftByAKillDuringTheFirstAutosaveIsOfferedAndAHalfOneIsNot(@TempDir Path dir)
            throws IOException {
        RecoveryStore crashed = new RecoveryStore(dir);
        crashed.write(edited, Path.of("/models/barnet.json"));
        Path copy;
        try (var files = Files.list(dir)) {
            copy = files.findFirst().orElseThrow();
        }
        // As if killed between writing the temporary copy and renaming it: only the temporary copy is left.
        String session = copy.getFileName().toString().replace(".recovery.json", "");
        Path temp = dir.resolve("." + session + ".recovery.json.k3j5.tmp");
        Files.move(copy, temp);
        Path half = dir.resolve(".other.recovery.json.x1.tmp");
        String text = Files.readString(temp);
        Files.writeString(half, text.substring(0, text.length() / 2));
        RecoveryStore next = new RecoveryStore(dir);
        List<RecoveryStore.Recovery> found = next.orphans();
        assertEquals(1, found.size(), "the whole temporary copy, and not the half one");
        assertEquals(edited, next.load(found.get(0)));
        next.discard(found.get(0));
        assertEquals(List.of(), next.orphans());
        assertTrue(Files.exists(half), "someone else's file is not ours to delete");
    }
}
