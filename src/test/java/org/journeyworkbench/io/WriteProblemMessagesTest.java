package org.journeyworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact words a user reads when a save or an export cannot be written: each says what failed once
 * ("could not be written: it could not be written (…)" was the old fallback), names the file once, and says
 * why in plain words.
 */
class WriteProblemMessagesTest {

    @Test
    void exportOverAFolder(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("folder.xlsx"));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ExcelExport.write(Samples.barnet(), null, dir.resolve("folder.xlsx")));
        assertEquals("folder.xlsx: could not be written: there is a folder of that name; choose another name",
                e.getMessage());
    }

    @Test
    void saveOverAFolder(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("folder.json"));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.save(Samples.barnet(), dir.resolve("folder.json")));
        assertEquals("folder.json: could not be saved: there is a folder of that name; choose another name",
                e.getMessage());
    }

    @Test
    void exportOverAReadOnlyWorkbook(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("locked.xlsx");
        Files.writeString(out, "keep me");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ExcelExport.write(Samples.barnet(), null, out));
        assertEquals("locked.xlsx: could not be written: the file is read-only; make it writable first, or choose "
                + "another name", e.getMessage());
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void openingAFolderAsAModel(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("models.json"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.read(folder));
        assertEquals(1, e.getMessage().split("models.json", -1).length - 1, "names the file once: " + e.getMessage());
    }

    /** A real full disk: a 64 KB tmpfs, where this machine lets the tests mount one (root on Linux). */
    @Test
    void exportAndSaveOnAFullDisk(@TempDir Path dir) throws Exception {
        Path tiny = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tiny.toString()) == 0,
                "no tmpfs can be mounted here");
        try {
            ModelFileException export = assertThrows(ModelFileException.class,
                    () -> ExcelExport.write(Samples.barnet(), null, tiny.resolve("out.xlsx")));
            assertEquals("out.xlsx: could not be written: the disk is full; free some space or save somewhere else",
                    export.getMessage());
            assertEquals(List.of(), list(tiny), "nothing half-written left behind");

            Path model = tiny.resolve("barnet.json");
            ModelFiles.save(Samples.barnet(), model);
            byte[] saved = Files.readAllBytes(model);
            Files.write(tiny.resolve("filler"), new byte[64 * 1024 - saved.length - 8192]);
            ModelFileException save = assertThrows(ModelFileException.class,
                    () -> ModelFiles.save(Samples.barnet(), model));
            assertEquals("barnet.json: could not be saved: the disk is full; free some space or save somewhere else",
                    save.getMessage());
            assertArrayEquals(saved, Files.readAllBytes(model));
        } finally {
            run("umount", tiny.toString());
        }
    }

    private static List<String> list(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
