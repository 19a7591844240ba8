package org.journeyworkbench.ui.window;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.journeyworkbench.ui.window.WindowSettings.Box;

/**
 * Where the window's size, position and panel widths are kept between runs: a small properties file beside
 * the recent-files list ({@code ~/.journey-workbench/window.properties}), or nowhere at all ({@link #none()},
 * what tests and embedded windows use). A missing, unreadable or half-written file means a first start; a
 * file that cannot be written is let go, since losing a window size must never stop anyone's work.
 */
public final class WindowSettingsStore {
    private final Path file;
    private WindowSettings kept = WindowSettings.firstStart();

    private WindowSettingsStore(Path file) {
        this.file = file;
    }

    public static WindowSettingsStore inUserHome() {
        return at(Path.of(System.getProperty("user.home"), ".journey-workbench", "window.properties"));
    }

    public static WindowSettingsStore at(Path file) {
        return new WindowSettingsStore(file);
    }

    /** Remembers nothing beyond this run. */
    public static WindowSettingsStore none() {
        return new WindowSettingsStore(null);
    }

    public WindowSettings load() {
        if (file == null || !Files.isRegularFile(file)) {
            return kept;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            Box bounds = p.containsKey("x") ? new Box(num(p, "x"), num(p, "y"), num(p, "width"), num(p, "height"))
                    : null;
            if (bounds != null && !(Double.isFinite(bounds.x()) && Double.isFinite(bounds.y())
                    && bounds.width() > 0 && bounds.height() > 0)) {
                bounds = null;
            }
            return new WindowSettings(bounds, Boolean.parseBoolean(p.getProperty("maximised")),
                    num(p, "assumptionsWidth"), num(p, "inspectorWidth"), num(p, "diagramShare"),
                    !"false".equals(p.getProperty("assumptionsShown")), !"false".equals(p.getProperty("inspectorShown")));
        } catch (IOException | IllegalArgumentException e) {
            return WindowSettings.firstStart();
        }
    }

    public void save(WindowSettings s) {
        kept = s;
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        if (s.bounds() != null) {
            p.setProperty("x", fmt(s.bounds().x()));
            p.setProperty("y", fmt(s.bounds().y()));
            p.setProperty("width", fmt(s.bounds().width()));
            p.setProperty("height", fmt(s.bounds().height()));
        }
        p.setProperty("maximised", Boolean.toString(s.maximised()));
        p.setProperty("assumptionsWidth", fmt(s.assumptionsWidth()));
        p.setProperty("inspectorWidth", fmt(s.inspectorWidth()));
        p.setProperty("diagramShare", Double.toString(s.diagramShare()));
        p.setProperty("assumptionsShown", Boolean.toString(s.assumptionsShown()));
        p.setProperty("inspectorShown", Boolean.toString(s.inspectorShown()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Journey Workbench window: size, position and panel widths");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The window opens at a sensible size next time anyway.
        }
    }

    private static double num(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String fmt(double v) {
        return Long.toString(Math.round(v));
    }
}
