package org.journeyworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @Test
    void newestFirstWithoutDuplicatesAndAtMostEight(@TempDir Path dir) {
        RecentFiles recent = new RecentFiles(dir.resolve("sub/recent.txt"));
        for (int k = 0; k < 10; k++) {
            recent.add(dir.resolve("m" + k + ".json"));
        }
        recent.add(dir.resolve("m5.json"));
        List<Path> list = new RecentFiles(dir.resolve("sub/recent.txt")).list();
        assertEquals(RecentFiles.LIMIT, list.size());
        assertEquals(dir.resolve("m5.json"), list.get(0));
        assertEquals(dir.resolve("m9.json"), list.get(1));
        assertEquals(1, list.stream().filter(p -> p.endsWith("m5.json")).count());
    }

    @Test
    void aDamagedListIsEmptyNotAnError(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("recent.txt");
        Files.write(store, new byte[] {0, 1, 2, (byte) 0xFF});
        assertEquals(0, new RecentFiles(store).list().stream().filter(Files::exists).count());
        new RecentFiles(store).add(dir.resolve("x.json"));
        assertEquals(dir.resolve("x.json"), new RecentFiles(store).list().get(0));
    }
}
