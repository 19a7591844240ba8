package org.journeyworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyworkbench.engine.validation.WindowLimits;
import org.journeyworkbench.io.RecoveryStore;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.GeneratedModels;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offering back a crash's unsaved work, answered in code. */
class RecoveryOfferTest {
    private final FileActionsTest.Answers answers = new FileActionsTest.Answers();
    private final WorkbenchDocument document = new WorkbenchDocument(FileActions.barnet(), null);

    /** A copy as a crashed workbench leaves it: written by another session, whose process is gone. */
    private static Path leftByACrash(Path folder, JourneyModel model) throws IOException {
        new RecoveryStore(folder).write(model, folder.resolve("generated.json"));
        try (var files = Files.list(folder)) {
            Path copy = files.filter(f -> f.getFileName().toString().endsWith(".recovery.json")).findFirst()
                    .orElseThrow();
            Files.writeString(copy, Files.readString(copy).replaceAll("\"pid\" : \\d+", "\"pid\" : 2147483646"));
            return copy;
        }
    }

    @Test
    void aCopyTooLargeForTheWindowIsRefusedInWordsAndKept(@TempDir Path folder) throws IOException {
        Path copy = leftByACrash(folder, GeneratedModels.journey(10, 2, 1));
        JourneyModel before = document.model();
        RecoveryOffer.offer(new RecoveryStore(folder), document, answers, new WindowLimits(34));
        assertEquals(1, answers.errors.size());
        String shown = answers.errors.get(0);
        assertTrue(shown.startsWith("Could not restore\nThe recovery copy of generated.json has 10 stages, 17 "
                + "arrows, 2 target groups and 2 initiatives: 35 boxes and lines"), shown);
        assertTrue(shown.endsWith("The copy is kept, unchanged, as " + copy + "."), shown);
        assertEquals(before, document.model());
        assertTrue(Files.exists(copy), "the only copy of that work is not discarded");
        assertEquals(1, new RecoveryStore(folder).orphans().size(), "offered again next time");
    }

    @Test
    void aCopyWithinTheLimitIsRestoredAndDiscarded(@TempDir Path folder) throws IOException {
        Path copy = leftByACrash(folder, GeneratedModels.journey(10, 2, 1));
        RecoveryOffer.offer(new RecoveryStore(folder), document, answers, new WindowLimits(35));
        assertEquals(0, answers.errors.size(), String.valueOf(answers.errors));
        assertEquals(10, document.model().stages().size());
        assertTrue(document.isDirty(), "restored work was never saved");
        assertTrue(Files.notExists(copy));
    }
}
