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
import java.util.List;
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
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".recovery.json")).toList()) {
                read(f).filter(r -> !f.equals(ownFile()) && !isRunning(r.pid())).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
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

    public void discard(Recovery r) {
        try {
            Files.deleteIfExists(r.file());
        } catch (IOException ignored) {
            // it will be offered again; nothing is lost
        }
    }

    private Path ownFile() {
        return folder.resolve(session + ".recovery.json");
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
