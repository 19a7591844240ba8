package org.journeyworkbench.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.io.AtomicFiles;

/** The last few model files opened or saved, newest first, kept in a small text file. Plain Java. */
public final class RecentFiles {
    public static final int LIMIT = 8;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public static RecentFiles inUserHome() {
        return new RecentFiles(Path.of(System.getProperty("user.home"), ".journey-workbench", "recent-files.txt"));
    }

    public List<Path> list() {
        try {
            if (!Files.isRegularFile(store)) {
                return List.of();
            }
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank())
                    .map(Path::of).limit(LIMIT).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged list is not worth an error: it refills as files are opened
        }
    }

    public void add(Path file) {
        List<Path> list = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        save(list.subList(0, Math.min(LIMIT, list.size())));
    }

    public void remove(Path file) {
        List<Path> list = new ArrayList<>(list());
        list.remove(file.toAbsolutePath().normalize());
        save(list);
    }

    private void save(List<Path> list) {
        try {
            Files.createDirectories(store.getParent());
            String text = String.join("\n", list.stream().map(Path::toString).toList()) + "\n";
            AtomicFiles.write(store, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException ignored) {
            // the list is a convenience; failing to keep it must never interrupt work
        }
    }
}
