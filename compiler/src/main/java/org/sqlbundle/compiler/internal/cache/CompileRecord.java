package org.sqlbundle.compiler.internal.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.sqlbundle.compiler.internal.chain.ChainFiles;
import org.sqlbundle.compiler.internal.source.Sha256;

/**
 * What a compile actually read, recorded as it reads it: each file's path and the SHA-256 of the bytes it read, each
 * file it looked for and did not find, and the chain directory's list of revision files; and the files it wrote, with
 * their SHA-256. The compile result cache keeps the output under the inputs (docs/cache.md): a later run
 * may reuse it only while every input is still as recorded.
 */
public final class CompileRecord {

    /** A record that keeps nothing, for runs without a result cache. */
    public static final CompileRecord NONE = new CompileRecord(false);

    /** What kind of input: a file's bytes, a file that was not there, the revision files of a directory. */
    enum Kind { FILE, ABSENT, REVISIONS }

    /**
     * One input: for a file its size and the hex SHA-256 of its bytes, for a directory its revision files' names, one
     * a line.
     */
    record Input(Kind kind, String path, String value) {
    }

    private final boolean recording;
    private final Map<String, Input> inputs = new ConcurrentSkipListMap<>();
    private final Map<String, String> outputs = new ConcurrentSkipListMap<>();
    private volatile boolean inconsistent;

    private CompileRecord(boolean recording) {
        this.recording = recording;
    }

    /** A record that keeps what it is told. */
    public static CompileRecord create() {
        return new CompileRecord(true);
    }

    /**
     * The file at {@code path} was read and its bytes hash to {@code sha256}. Its size is taken now: a lookup compares
     * sizes before it hashes (a file changed meanwhile only makes the next lookup a miss).
     */
    public void file(Path path, String sha256) {
        if (recording) {
            long size;
            try {
                size = Files.size(path);
            } catch (IOException | RuntimeException gone) {
                size = -1;
            }
            file(path, size, sha256);
        }
    }

    /** The file at {@code path} was read, and these were its bytes. */
    public void file(Path path, byte[] bytes) {
        if (recording) {
            file(path, bytes.length, Sha256.hex(bytes));
        }
    }

    private void file(Path path, long size, String sha256) {
        add(new Input(Kind.FILE, key(path), size + " " + sha256));
    }

    /** The run looked for a regular file at {@code path} and there was none. */
    public void absent(Path path) {
        add(new Input(Kind.ABSENT, key(path), ""));
    }

    /** The revision files the run found in {@code dir} (names only, in any order). */
    public void revisionFiles(Path dir, List<String> names) {
        add(new Input(Kind.REVISIONS, key(dir), String.join("\n", names.stream().sorted().toList())));
    }

    /**
     * Whether what was recorded can key a result: inputs and outputs were recorded, and no input was seen in two
     * states (a file edited while the run read it twice).
     */
    public boolean consistent() {
        return recording && !inconsistent && !inputs.isEmpty() && !outputs.isEmpty();
    }

    /** Whether this record keeps anything (a compile copies what it wrote only then). */
    public boolean recording() {
        return recording;
    }

    /**
     * The compile wrote a file at {@code path} under the output directory ({@code postgresql/upgrade.sql}) whose bytes
     * hash to {@code sha256}: the result cache copies it from there, and only while it still hashes to that.
     */
    public void wrote(String path, String sha256) {
        if (recording) {
            outputs.put(path, sha256);
        }
    }

    /** What {@link #wrote} was told: each file's SHA-256 by its path, sorted by path. */
    public Map<String, String> outputs() {
        return new java.util.TreeMap<>(outputs);
    }

    List<Input> inputs() {
        return List.copyOf(inputs.values());
    }

    private void add(Input input) {
        if (!recording) {
            return;
        }
        Input earlier = inputs.putIfAbsent(input.kind() + " " + input.path(), input);
        if (earlier != null && !earlier.equals(input)) {
            inconsistent = true;
        }
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** Whether {@code input} is still as it was recorded: the file re-hashed, the directory re-listed. */
    static boolean unchanged(Input input) {
        Path path = Path.of(input.path());
        try {
            return switch (input.kind()) {
                case FILE -> sameSize(input) && (input.value().substring(input.value().indexOf(' ') + 1))
                        .equals(Sha256.hex(Files.readAllBytes(path)));
                case ABSENT -> !Files.isRegularFile(path);
                case REVISIONS -> Files.isDirectory(path) && revisionNames(path).equals(input.value());
            };
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A file's size as recorded: a stat, checked for every file before any is hashed. */
    static boolean sameSize(Input file) {
        try {
            Path path = Path.of(file.path());
            return Files.isRegularFile(path)
                    && Long.toString(Files.size(path)).equals(file.value().substring(0, file.value().indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String revisionNames(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return String.join("\n", list.filter(ChainFiles::isRevisionName)
                    .map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
