package org.sqlbundle.compiler.internal.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden staging directories a compile writes into before moving bundles into place. A compile killed
 * with SIGKILL (or SIGTERM, whose shutdown does not unwind the compile) leaves its own behind, and a later
 * compile would ship nothing of it but keep it forever; so each name carries its owner's pid and start time,
 * and a compile removes the ones whose owner is gone. Another compile running into the same directory keeps its own.
 */
public final class StagingDirs {

    static final String PREFIX = ".sqlbundle-staging-";
    /** {@code .sqlbundle-staging-<pid>-<start millis>-<random>}. */
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-(\\d+)-.*");
    /** Names of older versions carry no owner: left alone unless surely abandoned. */
    private static final Duration UNOWNED_AGE = Duration.ofHours(1);

    private StagingDirs() {
    }

    /** The temp-directory prefix for this process's staging directory. */
    static String prefixOfThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return PREFIX + self.pid() + "-" + startMillis(self).orElse(0L) + "-";
    }

    /** Removes the staging directories in {@code out} whose process has ended; returns them. */
    public static List<Path> removeStale(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList()) {
                if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) && abandoned(dir)) {
                    deleteTree(dir);
                    removed.add(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean stale staging directories in " + out, e);
        }
        return removed;
    }

    private static boolean abandoned(Path dir) throws IOException {
        Matcher m = OWNED.matcher(dir.getFileName().toString());
        if (!m.matches()) {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(UNOWNED_AGE));
        }
        long pid = Long.parseLong(m.group(1));
        long start = Long.parseLong(m.group(2));
        Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        // a pid reused by a later process is not the owner: its start time differs
        return owner.isEmpty() || (start != 0 && startMillis(owner.get()).map(s -> s != start).orElse(false));
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
