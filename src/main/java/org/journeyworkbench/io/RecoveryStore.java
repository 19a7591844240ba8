package org.journeyworkbench.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.journeyworkbench.model.JourneyModel;

/**
 * Recovery copies of unsaved work, so a crash or a power cut loses at most a minute. Each running
 * workbench writes its own copy (named by a session id, with the process id inside), so two windows never
 * overwrite each other's, and a copy is offered back only when the process that wrote it has gone.
 */
public final class RecoveryStore {
    /** A recovery copy found on disk. */
    public record Recovery(Path file, String originalFile, Instant writtenAt, long pid) {
        /** The file name the work belonged to, or "Untitled". */
        public String originalName() {
            return originalFile == null || originalFile.isBlank() ? "Untitled"
                    : Path.of(originalFile).getFileName().toString();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SUFFIX = ".recovery.json";
    private final Path folder;
    private final String session = UUID.randomUUID().toString();

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The default place: {@code ~/.journey-workbench/recovery}. */
    public static RecoveryStore inUserHome() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".journey-workbench", "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Writes (or replaces) this session's recovery copy. Safe to call from a background thread. */
    public void write(JourneyModel model, Path originalFile) throws IOException {
        Files.createDirectories(folder);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("recoveryOf", originalFile == null ? "" : originalFile.toAbsolutePath().toString());
        root.put("writtenAt", Instant.now().toString());
        root.put("pid", ProcessHandle.current().pid());
        root.put("model", ModelFiles.toJson(model));
        byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        AtomicFiles.write(ownFile(), out -> out.write(bytes));
    }

    /** Removes this session's copy: after a save, or on a clean exit. */
    public void discardOwn() {
        try {
            Files.deleteIfExists(ownFile());
        } catch (IOException ignored) {
            // nothing to lose: a stale copy is offered once more at the next start
        }
    }

    /** Recovery copies left by workbenches that are no longer running, newest first. */
    public List<Recovery> orphans() {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        // A session's newest whole copy: its recovery file, or the temporary copy a crash left before the
        // rename (offered only when it reads whole).
        Map<String, Recovery> bySession = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String session = sessionOf(f);
                if (session == null || session.equals(this.session)) {
                    continue;
                }
                read(f).filter(r -> !isRunning(r.pid()) && (f.getFileName().toString().endsWith(SUFFIX) || wholeModel(f)))
                        .ifPresent(r -> bySession.merge(session, r,
                                (a, b) -> a.writtenAt().isAfter(b.writtenAt()) ? a : b));
            }
        } catch (IOException e) {
            return out;
        }
        out.addAll(bySession.values());
        out.sort(Comparator.comparing(Recovery::writtenAt).reversed());
        return out;
    }

    /** The model a recovery copy holds; a damaged copy gives a ModelException like any bad file. */
    public JourneyModel load(Recovery r) {
        try {
            JsonNode root = MAPPER.readTree(Files.readAllBytes(r.file()));
            return ModelFiles.parse(root.path("model").asText(), "recovery copy of " + r.originalName());
        } catch (IOException e) {
            throw new ModelFileException("recovery copy of " + r.originalName(), "", "could not be read", e);
        }
    }

    /** Removes a copy, and any other copy of the same session (a temporary one beside it) with it. */
    public void discard(Recovery r) {
        String session = sessionOf(r.file());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (f.equals(r.file()) || (session != null && session.equals(sessionOf(f)))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException ignored) {
            // it will be offered again; nothing is lost
        }
    }

    /** The session a recovery copy (or its temporary copy) belongs to, or null for any other file. */
    private static String sessionOf(Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            return name.substring(0, name.length() - SUFFIX.length());
        }
        int at = name.indexOf(SUFFIX + ".");
        if (name.startsWith(".") && name.endsWith(".tmp") && at > 1) {
            return name.substring(1, at);
        }
        return null;
    }

    /** A temporary copy counts only if the model inside it is whole: a half-written one is not offered. */
    private static boolean wholeModel(Path f) {
        try {
            JsonNode root = MAPPER.readTree(Files.readAllBytes(f));
            ModelFiles.parse(root.path("model").asText(), f.getFileName().toString());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Path ownFile() {
        return folder.resolve(session + SUFFIX);
    }

    private static Optional<Recovery> read(Path f) {
        try {
            JsonNode root = MAPPER.readTree(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            return Optional.of(new Recovery(f, root.path("recoveryOf").asText(""),
                    Instant.parse(root.path("writtenAt").asText()), root.path("pid").asLong(-1)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not one of ours, or half-written by a crash: ignore it
        }
    }

    private static boolean isRunning(long pid) {
        return pid > 0 && pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
