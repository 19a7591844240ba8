package org.journeyworkbench.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says in plain words why a file could not be written, for save and export messages. */
public final class FileProblems {
    private FileProblems() {
    }

    public static String whyNotWritten(IOException e) {
        String reason = String.valueOf(e instanceof FileSystemException fse ? fse.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        if (reason.equals(AtomicFiles.READ_ONLY)) {
            return "the file is read-only; make it writable first, or choose another name";
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("read-only") || reason.contains("operation not permitted")) {
            return "you do not have permission to write there, or the file is open in another program";
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException
                || reason.contains("no such file")) {
            return "the folder does not exist (it may have been moved, renamed or disconnected)";
        }
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("quota")) {
            return "the disk is full; free some space or save somewhere else";
        }
        if (reason.contains("being used by another process") || reason.contains("locked")) {
            return "the file is open in another program; close it there and try again";
        }
        if (reason.contains("is a directory")) {
            return "there is a folder of that name; choose another name";
        }
        if (reason.contains("not a directory")) {
            return "part of the path is a file, not a folder";
        }
        if (reason.contains("file name too long")) {
            return "the name is too long for this disk; choose a shorter one";
        }
        // Anything else: the system's own reason, once, without the paths it names (the caller names the file).
        return "the system reported \"" + plainReason(e) + "\"";
    }

    /** The reason an operating system gave, without the file names a {@link FileSystemException} adds. */
    static String plainReason(IOException e) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "an input or output error";
        }
        return reason.replaceAll("\\R", " ").strip();
    }

    /** Says in plain words why a file could not be read, for open messages. */
    public static String whyNotRead(IOException e) {
        String reason = String.valueOf(e instanceof FileSystemException fse ? fse.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        if (reason.contains("is a directory")) {
            return "it is a folder, not a model file";
        }
        if (reason.contains("file name too long")) {
            return "the name is too long to be a file's";
        }
        return "the system reported \"" + plainReason(e) + "\"";
    }
}
