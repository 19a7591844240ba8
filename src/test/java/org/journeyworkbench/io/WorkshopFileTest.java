package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Workshop;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The levers pinned for workshop mode, in the model file: saved, read back, absent in old files. */
class WorkshopFileTest {
    @TempDir
    Path dir;

    @Test
    void pinnedLeversAreSavedAndReadBackInOrder() throws Exception {
        JourneyModel m = Samples.barnet().withWorkshop(new Workshop(List.of("stages.arrest.unitCost",
                "initiatives.njp.takeUp")));
        Path file = dir.resolve("m.json");
        ModelFiles.save(m, file);
        assertTrue(Files.readString(file).contains("\"workshop\""));
        assertEquals(List.of("stages.arrest.unitCost", "initiatives.njp.takeUp"),
                ModelFiles.read(file).workshop().levers());
        assertEquals(m, ModelFiles.read(file));
    }

    @Test
    void aModelWithNoLeversWritesNoWorkshopBlockAndAFileWithoutOneHasNoLevers() throws Exception {
        JourneyModel m = Samples.barnet().withWorkshop(Workshop.none());
        Path file = dir.resolve("m.json");
        ModelFiles.save(m, file);
        String text = Files.readString(file);
        assertFalse(text.contains("\"workshop\""));
        assertEquals(Workshop.none(), ModelFiles.read(file).workshop());
    }

    @Test
    void anEmptyLeverIsRefusedNamingItsPlaceInTheFile() throws Exception {
        String text = Files.readString(Samples.BARNET).replace("\"initiatives.njp.takeUp\", \"initiatives"
                + ".conditional", "\"\", \"initiatives.conditional");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, text);
        ModelException e = assertThrows(ModelException.class, () -> ModelFiles.read(file));
        assertTrue(e.getMessage().contains("workshop.levers"), e.getMessage());
    }

    @Test
    void repeatsAreKeptOnceAndTooManyAreRefused() {
        assertEquals(List.of("a.b"), new Workshop(List.of("a.b", "a.b")).levers());
        List<String> many = java.util.stream.IntStream.range(0, Workshop.MAX_LEVERS + 1).mapToObj(k -> "stages.s" + k
                + ".unitCost").toList();
        assertThrows(ModelException.class, () -> new Workshop(many));
    }
}
