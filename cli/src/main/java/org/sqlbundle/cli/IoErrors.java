package org.sqlbundle.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file-system error the code let through, in one line: the JDK's own messages are often only a path
 * ({@link NoSuchFileException}) or only a reason ("No space left on device").
 */
final class IoErrors {

    private IoErrors() {
    }

    static String describe(UncheckedIOException e) {
        IOException io = e.getCause();
        String what = e.getMessage() == null || e.getMessage().equals(String.valueOf(io)) ? "file system error"
                : e.getMessage();
        String why = reason(io);
        if (io instanceof FileSystemException fs && fs.getFile() != null && what.endsWith(fs.getFile())
                && why.startsWith(fs.getFile() + ": ")) {
            why = why.substring(fs.getFile().length() + 2);
        }
        return what + ": " + why;
    }

    static String reason(IOException io) {
        if (io instanceof FileSystemException fs) {
            String why = fs.getReason() != null ? fs.getReason() : words(io);
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + why
                    + (fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")");
        }
        return io.getMessage() == null ? words(io) : io.getMessage();
    }

    static String hint(IOException io) {
        String text = String.valueOf(reason(io)).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("quota")) {
            return "free space on that file system (or write elsewhere with --out), then run again";
        }
        if (io instanceof AccessDeniedException || text.contains("permission denied")
                || text.contains("read-only file system")) {
            return "pick a directory you may write to, or fix its permissions";
        }
        if (io instanceof NoSuchFileException || io instanceof NotDirectoryException) {
            return "check the path: its parent must be an existing directory on a file system that takes new files "
                    + "(not /proc or /sys)";
        }
        return "check the path, free disk space and permissions, then run again";
    }

    /** {@code NoSuchFileException} -> "no such file". */
    private static String words(IOException io) {
        return io.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }
}
