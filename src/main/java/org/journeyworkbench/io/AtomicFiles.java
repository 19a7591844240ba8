package org.journeyworkbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a file so that a crash or a failure part-way leaves either the old file or the new one whole,
 * never half of each: write a temporary file beside it, force it to disk, then move it over the old one.
 * The file keeps the permissions it had (a new one gets the usual ones for new files), and a read-only
 * file is refused rather than silently replaced.
 */
public final class AtomicFiles {
    /** The reason given when the file to replace is read-only; {@link FileProblems} says it in words. */
    public static final String READ_ONLY = "the file is read-only";

    /** What to write into the stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, null);
    }

    /**
     * As {@link #write(Path, Content)}, and when {@code backup} is given and the target exists, the old
     * target becomes the backup. The previous backup is replaced only once a whole copy is on disk, so a
     * failure at any point (a full disk included) leaves the old backup as it was.
     */
    public static void write(Path link, Content content, Path backup) throws IOException {
        Path target = throughLinks(link);
        if (backup != null && !target.equals(link.toAbsolutePath())) {
            // The backup goes beside the file written, so that it is renamed within one folder (one file system).
            String linkName = link.getFileName().toString();
            String backupName = backup.getFileName().toString();
            String suffix = backupName.startsWith(linkName) ? backupName.substring(linkName.length()) : ".bak";
            backup = target.resolveSibling(target.getFileName() + suffix);
        }
        Path dir = target.toAbsolutePath().getParent();
        Set<PosixFilePermission> permissions = Files.isRegularFile(target) ? permissions(target) : null;
        if (Files.isRegularFile(target) && isReadOnly(target, permissions)) {
            throw new AccessDeniedException(target.toString(), null, READ_ONLY);
        }
        Path temp = newTempFile(dir, target.getFileName().toString());
        Path backupTemp = null;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            if (backup != null && Files.isRegularFile(target)) {
                // A whole copy first, then one rename over the old backup: never a moment without one.
                backupTemp = newTempFile(dir, backup.getFileName().toString());
                Files.copy(target, backupTemp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(backupTemp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                move(backupTemp, backup);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
            if (backupTemp != null) {
                Files.deleteIfExists(backupTemp);
            }
        }
    }

    /** How many links in a row are followed before giving up: Linux's own limit (ELOOP). */
    private static final int MAX_LINKS = 40;

    /**
     * The file a path finally names, following symbolic links, even to a file that does not exist yet. The write
     * goes there, as an editor's does: moving the new file over the link itself would replace the link with a
     * copy and leave the file it points to (the one the user keeps) out of date.
     */
    static Path throughLinks(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new java.nio.file.FileSystemException(path.toString(), null,
                        "too many symbolic links in a row (a link that points back to itself?)");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        return p;
    }

    /** The temporary file name a write uses for {@code name} while it is under way. */
    public static boolean isTempFileOf(Path candidate, String name) {
        String f = candidate.getFileName().toString();
        return f.startsWith("." + name + ".") && f.endsWith(".tmp");
    }

    /** A new empty file beside the target, with the permissions new files get (not createTempFile's 0600). */
    private static Path newTempFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.getPosixFilePermissions(file);
    }

    /** Read-only as the user sees it: no write permission for the owner (checked on the bits, as root may write anyway). */
    private static boolean isReadOnly(Path file, Set<PosixFilePermission> permissions) {
        return permissions != null ? !permissions.contains(PosixFilePermission.OWNER_WRITE) : !Files.isWritable(file);
    }
}
