package org.journeyworkbench.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyworkbench.ui.window.WindowSettings.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsWhatTheNextRunLoads() {
        Path file = dir.resolve("sub").resolve("window.properties");
        WindowSettings left = WindowSettings.firstStart().withBounds(new Box(40, 30, 1300, 800), true)
                .withPanels(250, 320, 0.45, false, true);
        WindowSettingsStore.at(file).save(left);
        assertEquals(left, WindowSettingsStore.at(file).load());
    }

    @Test
    void noFileIsAFirstStart() {
        WindowSettings s = WindowSettingsStore.at(dir.resolve("window.properties")).load();
        assertFalse(s.remembered());
        assertEquals(WindowSettings.firstStart(), s);
    }

    @Test
    void aDamagedFileIsAFirstStartForWhatItCannotSay() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "x=left\ny=10\nwidth=-5\nheight=abc\nassumptionsWidth=12\ninspectorWidth=\u0000\n");
        WindowSettings s = WindowSettingsStore.at(file).load();
        assertFalse(s.remembered());
        assertEquals(WindowSettings.SIDE_MIN_WIDTH, s.assumptionsWidth(), "too narrow: widened to the minimum");
        assertEquals(WindowSettings.INSPECTOR_WIDTH, s.inspectorWidth());
    }

    @Test
    void noneRemembersOnlyForThisRunAndWritesNothing() {
        WindowSettingsStore none = WindowSettingsStore.none();
        WindowSettings s = WindowSettings.firstStart().withBounds(new Box(1, 2, 1100, 700), false);
        none.save(s);
        assertEquals(s, none.load());
        assertEquals(WindowSettings.firstStart(), WindowSettingsStore.none().load());
    }
}
