package org.sqlbundle.compiler.internal.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writing a cache file (a parse pack, a compile result) so no reader ever sees half of one, and keeping its directory
 * under its size.
 */
final class PackFiles {

    /** A temporary file this old belongs to a run that was killed while writing. */
    private static final long STALE_TEMP_MILLIS = 10 * 60 * 1000L;

    private PackFiles() {
    }

    /** What writes a pack's bytes. */
    @FunctionalInterface
    interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Thrown by {@link Contents} to give up a file that must not be kept; no warning, nothing left behind. */
    static final class Abandoned extends IOException {
        Abandoned(String why) {
            super(why);
        }
    }

    /** Trouble writing: where, and why. */
    @FunctionalInterface
    interface CannotWrite {
        void report(Path where, String why);
    }

    /** Writes {@code contents} to {@code file} through a temporary file and a rename; a warning when it can't. */
    static void write(ParseCache cache, Path file, Contents contents) {
        write(file, ".pack", cache.maxBytes(), cache::cannotWrite, contents);
    }

    /**
     * As {@link #write(ParseCache, Path, Contents)} for any kind of cache file: the files of {@code file}'s directory
     * ending in {@code suffix} are kept under {@code maxBytes} in all.
     */
    static void write(Path file, String suffix, long maxBytes, CannotWrite trouble, Contents contents) {
        Path dir = file.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                contents.writeTo(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            evict(dir, file, suffix, maxBytes);
        } catch (Abandoned e) {
            // not the directory's fault: the temporary file goes below
        } catch (IOException | SecurityException e) {
            trouble.report(dir, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | SecurityException ignored) {
                    // removed with the stale temporary files of a later run
                }
            }
        }
    }

    /**
     * Removes the least recently used packs (by modification time: a run that uses a pack touches it) until the rest
     * fit in {@code maxBytes}, never {@code keep}; and temporary files killed runs left. Another run removing the
     * same file first is no error.
     */
    static void evict(Path dir, Path keep, long maxBytes) throws IOException {
        evict(dir, keep, ".pack", maxBytes);
    }

    /** As {@link #evict(Path, Path, long)} for the files ending in {@code suffix}. */
    static void evict(Path dir, Path keep, String suffix, long maxBytes) throws IOException {
        record Pack(Path path, long size, long modified) {
        }
        List<Pack> packs = new ArrayList<>();
        long total = 0;
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(p, BasicFileAttributes.class);
                } catch (IOException gone) {
                    continue;
                }
                if (name.endsWith(".tmp") && now - attrs.lastModifiedTime().toMillis() > STALE_TEMP_MILLIS) {
                    Files.deleteIfExists(p);
                } else if (name.endsWith(suffix) && attrs.isRegularFile()) {
                    packs.add(new Pack(p, attrs.size(), attrs.lastModifiedTime().toMillis()));
                    total += attrs.size();
                }
            }
        }
        packs.sort(Comparator.comparingLong(Pack::modified).thenComparing(Pack::path));
        for (Pack pack : packs) {
            if (total <= maxBytes) {
                break;
            }
            if (!pack.path().equals(keep)) {
                Files.deleteIfExists(pack.path());
                total -= pack.size();
            }
        }
    }
}
