package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.testing.GeneratedModels;
import org.journeyworkbench.ui.files.FileActions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model the window starts on, read without a window. */
class StartingModelTest {
    @Test
    void aModelOnTheCommandLineTooLargeForTheWindowGivesTheSampleAndSaysWhy(@TempDir Path dir) throws IOException {
        // 16,664 stages, 33,325 arrows, 3 groups and 3 initiatives: 50,001 boxes and lines, one past the limit.
        Path huge = dir.resolve("huge.json");
        ModelFiles.write(GeneratedModels.journey(16_664, 3, 1), huge);
        StartingModel.Opened opened = StartingModel.get(List.of(huge.toString()));
        assertEquals(FileActions.barnet(), opened.model(), "the bundled sample instead");
        assertNull(opened.file());
        assertTrue(opened.problem().startsWith("huge.json has 16,664 stages, 33,325 arrows, 3 target groups and 3 "
                + "initiatives: 50,001 boxes and lines to draw, and the window draws journeys of up to 50,000. Use "
                + "the command line for it"), opened.problem());
    }

    @Test
    void aModelWithinTheLimitIsOpened(@TempDir Path dir) throws IOException {
        Path small = dir.resolve("small.json");
        ModelFiles.write(GeneratedModels.journey(10, 2, 1), small);
        StartingModel.Opened opened = StartingModel.get(List.of(small.toString()));
        assertEquals(small, opened.file());
        assertNull(opened.problem());
        assertEquals(10, opened.model().stages().size());
    }
}
