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
import org.journeyworkbench.model.JourneyModel;
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
}
