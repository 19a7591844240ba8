package org.journeyworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.journeyworkbench.engine.validation.WindowLimits;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.GeneratedModels;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening, saving and asking before losing work, without a window: the questions are answered in code. */
class FileActionsTest {
    /** Records what the user was told and answers as set. */
    static final class Answers implements Prompts {
        final List<String> errors = new ArrayList<>();
        Unsaved unsaved = Unsaved.CANCEL;
        Path save;

        public Unsaved unsavedChanges(String fileName) {
            return unsaved;
        }

        public Optional<Path> fileToOpen() {
            return Optional.empty();
        }

        public Optional<Path> fileToSave(String suggested, String extension, String description) {
            return Optional.ofNullable(save);
        }

        public Optional<String> text(String title, String question, String initial) {
            return Optional.empty();
        }

        public boolean confirm(String title, String question) {
            return true;
        }

        public void error(String title, String message) {
            errors.add(title + "\n" + message);
        }

        public void info(String title, String message) {
        }
    }

    private final Answers answers = new Answers();
    private final WorkbenchDocument document = new WorkbenchDocument(FileActions.barnet(), null);

    private FileActions actions(Path dir) {
        return new FileActions(document, answers, new RecentFiles(dir.resolve("recent.txt")), () -> { });
    }

    static Stream<Path> brokenFiles() throws IOException {
        return Files.list(Path.of("src/test/resources/broken")).sorted();
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void aBrokenFileIsExplainedAndTheOpenModelIsUntouched(Path broken, @TempDir Path dir) {
        document.setInput("targetGroups.asb.cases", 70, "Change cases");
        JourneyModel before = document.model();
        answers.unsaved = Prompts.Unsaved.DISCARD; // even after "Don't Save", a file that fails loses nothing
        assertFalse(actions(dir).open(broken), "nothing opened");
        assertEquals(1, answers.errors.size());
        String shown = answers.errors.get(0);
        assertTrue(shown.startsWith("Could not open " + broken.getFileName()), shown);
        assertTrue(shown.contains("The model you had open is unchanged."), shown);
        assertFalse(shown.contains("Exception"), shown);
        assertEquals(before, document.model());
        assertTrue(document.isDirty(), "the unsaved change is still there");
    }

    @Test
    void openingAnotherFileWithUnsavedChangesAsksAndCancelKeepsTheWork(@TempDir Path dir) {
        document.setInput("targetGroups.asb.cases", 70, "Change cases");
        answers.unsaved = Prompts.Unsaved.CANCEL;
        assertFalse(actions(dir).open(Path.of("sample-models/barnet-2012.json")));
        assertEquals(70, document.model().targetGroup("asb").orElseThrow().cases());
    }

    @Test
    void chooseSaveThenOpenSavesFirst(@TempDir Path dir) throws IOException {
        document.setInput("targetGroups.asb.cases", 70, "Change cases");
        answers.unsaved = Prompts.Unsaved.SAVE;
        answers.save = dir.resolve("mine");
        assertTrue(actions(dir).open(Path.of("sample-models/barnet-2012.json")));
        assertTrue(Files.exists(dir.resolve("mine.json")), "saved with the .json extension added");
        assertEquals(Path.of("sample-models/barnet-2012.json"), document.file());
        assertEquals(List.of(Path.of("sample-models/barnet-2012.json").toAbsolutePath(),
                dir.resolve("mine.json").toAbsolutePath()), new RecentFiles(dir.resolve("recent.txt")).list());
    }

    @Test
    void aSaveThatFailsSaysSoAndKeepsTheWorkOpen(@TempDir Path dir) {
        document.setInput("targetGroups.asb.cases", 70, "Change cases");
        answers.save = dir.resolve("gone/mine.json");
        assertFalse(actions(dir).saveAs());
        assertTrue(answers.errors.get(0).contains("the folder does not exist"), answers.errors.get(0));
        assertTrue(document.isDirty());
    }

    /** A valid generated model of 10 stages, 17 arrows, 2 groups and 2 initiatives: 35 boxes and lines. */
    private static Path generated(Path dir) throws IOException {
        Path file = dir.resolve("barnet-huge.json");
        ModelFiles.write(GeneratedModels.journey(10, 2, 1), file);
        return file;
    }

    @Test
    void aModelTooLargeForTheWindowIsRefusedInWordsAndTheOpenModelStays(@TempDir Path dir) throws IOException {
        Path huge = generated(dir);
        document.setInput("targetGroups.asb.cases", 70, "Change cases");
        JourneyModel before = document.model();
        answers.unsaved = Prompts.Unsaved.DISCARD;
        FileActions actions = new FileActions(document, answers, new RecentFiles(dir.resolve("recent.txt")),
                () -> { }, new WindowLimits(34));
        assertFalse(actions.open(huge), "nothing opened");
        assertEquals(List.of("Could not open barnet-huge.json\nbarnet-huge.json has 10 stages, 17 arrows, "
                + "2 target groups and 2 initiatives: 35 boxes and lines to draw, and the window draws journeys of "
                + "up to 34. Use the command line for it: compute, appraise, export (see docs/cli.md).\n\n"
                + "The model you had open is unchanged."), answers.errors);
        assertEquals(before, document.model());
        assertTrue(document.isDirty(), "the unsaved change is still there");
        assertEquals(null, document.file());
        assertEquals(List.of(), actions.recentFiles(), "a refused file is not added to the recent files");
    }

    @Test
    void aModelOfExactlyTheLimitOpens(@TempDir Path dir) throws IOException {
        Path edge = generated(dir);
        FileActions actions = new FileActions(document, answers, new RecentFiles(dir.resolve("recent.txt")),
                () -> { }, new WindowLimits(35));
        assertTrue(actions.open(edge));
        assertEquals(List.of(), answers.errors);
        assertEquals(10, document.model().stages().size());
        assertEquals(edge, document.file());
    }

    @Test
    void theWindowsOwnLimitRefusesAChainJustPastIt(@TempDir Path dir) throws IOException {
        // 16,664 stages, 33,325 arrows, 3 groups and 3 initiatives: 50,001 boxes and lines, one past the limit.
        Path file = dir.resolve("chain.json");
        ModelFiles.write(GeneratedModels.journey(16_664, 3, 1), file);
        JourneyModel before = document.model();
        assertFalse(actions(dir).open(file));
        assertTrue(answers.errors.get(0).contains("chain.json has 16,664 stages, 33,325 arrows, 3 target "
                + "groups and 3 initiatives: 50,001 boxes and lines to draw, and the window draws journeys of up to 50,000."), answers.errors.get(0));
        assertEquals(before, document.model());
    }
}
