package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.GeneratedModels;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeSaveTest {
    @Test
    void savingKeepsThePreviousVersionAsABackup(@TempDir Path dir) {
        Path file = dir.resolve("barnet.json");
        JourneyModel first = Samples.barnet();
        JourneyModel second = Inputs.set(first, "stages.arrest.unitCost", 2000);
        ModelFiles.save(first, file);
        assertFalse(Files.exists(ModelFiles.backupOf(file)), "nothing to back up on the first save");
        ModelFiles.save(second, file);
        assertEquals(second, ModelFiles.read(file));
        assertEquals(first, ModelFiles.read(ModelFiles.backupOf(file)));
    }

    @Test
    void savingThroughASymbolicLinkUpdatesTheFileItPointsToAndKeepsTheLink(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("kept"));
        Path real = folder.resolve("barnet.json");
        ModelFiles.save(Samples.barnet(), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("kept", "barnet.json"));
        JourneyModel changed = Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2000);
        ModelFiles.save(changed, link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(changed, ModelFiles.read(real));
        assertEquals(changed, ModelFiles.read(link));
        assertEquals(Samples.barnet(), ModelFiles.read(folder.resolve("barnet.json.bak")),
                "the backup sits beside the file written, not beside the link");
        assertFalse(Files.exists(dir.resolve("link.json.bak")));
    }

    @Test
    void aLinkToAFileNotYetThereIsWrittenThrough(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("new.json"));
        ModelFiles.save(Samples.barnet(), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Samples.barnet(), ModelFiles.read(dir.resolve("new.json")));
    }

    @Test
    void linksInACircleAreRefusedInWords(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.save(Samples.barnet(), a));
        assertTrue(e.getMessage().startsWith("a.json: could not be saved"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(Files.isSymbolicLink(a) && Files.isSymbolicLink(b), "both links left as they were");
    }

    @Test
    void aSaveIntoAFolderThatIsGoneSaysSo(@TempDir Path dir) {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.save(Samples.barnet(), dir.resolve("gone").resolve("barnet.json")));
        assertEquals("barnet.json: could not be saved: the folder does not exist (it may have been moved, "
                + "renamed or disconnected)", e.getMessage());
    }

    @Test
    void aSaveWithoutPermissionSaysSoAndLeavesTheOldFileAsItWas(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path file = folder.resolve("barnet.json");
        ModelFiles.save(Samples.barnet(), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores folder permissions; no one may create files in /sys, so use it there instead.
            Path target = Files.isWritable(folder) ? Path.of("/sys/barnet.json") : file;
            ModelFileException e = assertThrows(ModelFileException.class,
                    () -> ModelFiles.save(Inputs.set(Samples.barnet(), "targetGroups.asb.cases", 1), target));
            assertTrue(e.getMessage().contains("could not be saved: you do not have permission"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(new String(before), new String(Files.readAllBytes(file)));
    }

    @Test
    void aSaveThatFailsPartWayKeepsTheFileAndItsBackup(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("barnet.json");
        ModelFiles.save(Samples.barnet(), file);
        ModelFiles.save(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2000), file);
        byte[] saved = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(ModelFiles.backupOf(file));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[1000]);
            throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
        }, ModelFiles.backupOf(file)));
        assertEquals("the disk is full; free some space or save somewhere else", FileProblems.whyNotWritten(e));
        assertEquals(new String(saved), Files.readString(file));
        assertEquals(new String(backup), Files.readString(ModelFiles.backupOf(file)));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aBackupThatCannotBeReplacedIsKeptAndTheFileIsNotChanged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("barnet.json");
        ModelFiles.save(Samples.barnet(), file);
        // A backup that cannot be replaced (a folder with something in it) stands for one a full disk stops.
        Path backup = Files.createDirectories(ModelFiles.backupOf(file).resolve("kept"));
        byte[] saved = Files.readAllBytes(file);
        assertThrows(ModelFileException.class,
                () -> ModelFiles.save(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2000), file));
        assertTrue(Files.isDirectory(backup));
        assertEquals(new String(saved), Files.readString(file));
    }

    @Test
    void savingKeepsTheFilesPermissions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("barnet.json");
        ModelFiles.save(Samples.barnet(), file);
        assertTrue(Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        ModelFiles.save(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2000), file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(ModelFiles.backupOf(file))));
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOnlyTheOwners(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("new.json");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        ModelFiles.save(Samples.barnet(), file);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    @Test
    void aReadOnlyFileIsRefusedNotReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("barnet.json");
        ModelFiles.save(Samples.barnet(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.save(Inputs.set(Samples.barnet(), "stages.arrest.unitCost", 2000), file));
        assertEquals("barnet.json: could not be saved: the file is read-only; make it writable first, or choose "
                + "another name", e.getMessage());
        assertEquals(new String(before), Files.readString(file));
        assertFalse(Files.exists(ModelFiles.backupOf(file)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            denied   | you do not have permission to write there
            missing  | the folder does not exist
            full     | the disk is full
            folder   | there is a folder of that name; choose another name
            other    | the system reported "Input/output error"
            """)
    void explainsWhyAFileCouldNotBeWritten(String kind, String expected) {
        IOException e = switch (kind) {
            case "denied" -> new java.nio.file.AccessDeniedException("/x/barnet.json");
            case "missing" -> new java.nio.file.NoSuchFileException("/x/barnet.json");
            case "full" -> new java.nio.file.FileSystemException("/x/barnet.json", null, "No space left on device");
            case "folder" -> new java.nio.file.FileSystemException("/x/.tmp", "/x/barnet.json", "Is a directory");
            default -> new IOException("Input/output error");
        };
        assertTrue(FileProblems.whyNotWritten(e).startsWith(expected), FileProblems.whyNotWritten(e));
    }

    @Test
    void aSaveThatFailsPartWayLeavesTheOldFileWholeAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("barnet.json");
        ModelFiles.save(Samples.barnet(), file);
        byte[] before = Files.readAllBytes(file);
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("{ \"formatVersion\" : 1, \"name\" : \"half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("the disk is full; free some space or save somewhere else", FileProblems.whyNotWritten(failure));
        assertEquals(new String(before), new String(Files.readAllBytes(file)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    /**
     * Kills a process that is saving over and over, at random moments, and checks the file is always one
     * whole model or the other: never half of each.
     */
    @Test
    void killingTheProcessMidSaveLeavesTheOldOrTheNewFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        JourneyModel a = SaveLoop.model(false);
        JourneyModel b = SaveLoop.model(true);
        java.util.Random rnd = new java.util.Random(7);
        for (int round = 0; round < 6; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true).start();
            // Wait until it has saved at least once, then kill it without warning at a random moment.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(100 + rnd.nextInt(400));
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            JourneyModel found = ModelFiles.read(file);
            assertTrue(found.equals(a) || found.equals(b), "round " + round + ": neither model");
        }
    }

    /** The process killed above: saves two different large models in turn until stopped. */
    public static final class SaveLoop {
        static JourneyModel model(boolean second) {
            JourneyModel m = GeneratedModels.journey(3000, 5, 11);
            return second ? Inputs.set(m, "stages.s0.unitCost", 123) : m;
        }

        public static void main(String[] args) {
            Path file = Path.of(args[0]);
            JourneyModel[] models = {model(false), model(true)};
            for (int k = 0; ; k++) {
                ModelFiles.save(models[k % 2], file);
            }
        }
    }
}
