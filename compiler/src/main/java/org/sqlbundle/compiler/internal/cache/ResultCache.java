package org.sqlbundle.compiler.internal.cache;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CheckedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.sqlbundle.compiler.internal.source.Sha256;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;

/**
 * The compile result cache (docs/cache.md), beside the parse cache: what a successful compile wrote and printed, kept
 * under its request (the build, every option that shapes the output) together with the inputs the compile actually
 * read ({@link CompileRecord}). A later run with the same request gets the result back only when every input is still as
 * recorded: files re-hashed, the chain directory re-listed. Like the parse cache it is only an optimisation: trouble
 * with its directory is a warning (E182, E183) and a damaged entry is ignored and replaced.
 *
 * <p>Format of an entry: magic, format number, the build's identity, the request, the inputs, the chain fingerprint,
 * stdout, stderr, the files (relative path and bytes, sorted by path) and a CRC-32 of everything before it.
 */
public final class ResultCache {

    /** Results of all requests together are kept under this size; the least recently used go first. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    static final String RESULTS = "results";
    /**
     * A compile that writes more than this keeps no result: it would crowd the others out of the cache, and a hit
     * holds the files in memory. One dialect and direction of 10,000 revisions writes about 22 MB.
     */
    static final long MAX_OUTPUT_BYTES = 64L * 1024 * 1024;
    private static final String SUFFIX = ".result";
    private static final int MAGIC = 0x53514252;
    private static final int FORMAT = 2;
    private static final ResultCache OFF = new ResultCache(null, DEFAULT_MAX_BYTES, problem -> { },
            BuildIdentity::ofWholeBuild);

    private final Path dir;
    private final java.util.function.Supplier<String> identity;
    private final long maxBytes;
    private final Consumer<Problem> warnings;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** One file a compile wrote, by its path relative to the output directory ({@code postgresql/upgrade.sql}). */
    public record OutputFile(String path, byte[] bytes) {
    }

    /**
     * What a successful compile printed.
     *
     * @param fingerprint the chain fingerprint it reported
     * @param stdout what it printed about the bundles (not about the output directory, which a hit reports itself)
     * @param stderr the warnings it printed
     */
    public record Printed(String fingerprint, String stdout, String stderr) {
    }

    /**
     * What a successful compile printed and wrote.
     *
     * @param printed what it printed
     * @param files every file it wrote, sorted by path
     */
    public record Result(Printed printed, List<OutputFile> files) {
        public Result {
            files = List.copyOf(files);
        }
    }

    private ResultCache(Path dir, long maxBytes, Consumer<Problem> warnings,
                        java.util.function.Supplier<String> identity) {
        this.dir = dir;
        this.identity = identity;
        this.maxBytes = maxBytes;
        this.warnings = warnings;
    }

    /** No cache: nothing is found, nothing is kept. */
    public static ResultCache off() {
        return OFF;
    }

    /** Results kept in {@code cacheDir}/results (created when missing); trouble with it goes to {@code warnings}. */
    public static ResultCache in(Path cacheDir, Consumer<Problem> warnings) {
        return in(cacheDir, DEFAULT_MAX_BYTES, warnings);
    }

    /** As {@link #in(Path, Consumer)}, keeping the results under {@code maxBytes} in all. */
    public static ResultCache in(Path cacheDir, long maxBytes, Consumer<Problem> warnings) {
        return in(cacheDir, maxBytes, warnings, BuildIdentity::ofWholeBuild);
    }

    /** As {@link #in(Path, long, Consumer)} for a build whose identity {@code identity} gives (tests). */
    static ResultCache in(Path cacheDir, long maxBytes, Consumer<Problem> warnings,
                          java.util.function.Supplier<String> identity) {
        return new ResultCache(cacheDir.toAbsolutePath().normalize().resolve(RESULTS), maxBytes, warnings, identity);
    }

    public boolean enabled() {
        return dir != null;
    }

    /**
     * The result kept for {@code request} when every input it recorded is unchanged; empty otherwise (none kept, a
     * damaged or foreign entry, an input changed). Never throws.
     */
    public Optional<Result> lookup(String request) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path file = entryFile(request);
        Optional<Result> result;
        try (InputStream in = Files.newInputStream(file)) {
            result = decode(in, Files.size(file), identity.get(), request);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            if (e instanceof AccessDeniedException || (Files.isRegularFile(file) && !Files.isReadable(file))) {
                warn(Problem.of(SourcePos.ofFile(file.toString()), "E183", "cannot read the compile result cache: "
                        + reason(e) + "; this run compiled", "make the file readable, or remove it (sqlbundle writes "
                        + "it again); --no-cache turns the cache off"));
            }
            return Optional.empty();
        }
        if (result.isPresent()) {
            try {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException | SecurityException ignored) {
                // only the eviction order depends on it
            }
        }
        return result;
    }

    /**
     * Keeps what a compile printed and wrote for {@code request}, valid while the inputs {@code record} holds stay as
     * recorded. The files are copied from {@code outDir}, where the compile just put them, each only while it still
     * has the SHA-256 the compile wrote (else nothing is kept); nothing either when the record is not
     * {@link CompileRecord#consistent()} or the files are over {@link #MAX_OUTPUT_BYTES}. Never throws: trouble with
     * the cache directory is a warning.
     */
    public void store(String request, CompileRecord record, Path outDir, Printed printed) {
        if (!enabled() || !record.consistent()) {
            return;
        }
        Map<String, String> outputs = record.outputs();
        long total = 0;
        for (String path : outputs.keySet()) {
            try {
                total += Files.size(outDir.resolve(path));
            } catch (IOException | SecurityException gone) {
                return;
            }
        }
        if (total > MAX_OUTPUT_BYTES) {
            return;
        }
        PackFiles.write(entryFile(request), SUFFIX, maxBytes, this::cannotWrite,
                out -> encode(out, identity.get(), request, record.inputs(), printed, outDir, outputs));
    }

    private Path entryFile(String request) {
        byte[] key = (identity.get() + "\n" + request).getBytes(StandardCharsets.UTF_8);
        return dir.resolve(Sha256.hex(key).substring(0, 32) + SUFFIX);
    }

    private static void encode(OutputStream stream, String build, String request, List<CompileRecord.Input> inputs,
                               Printed printed, Path outDir, Map<String, String> outputs) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                new java.io.BufferedOutputStream(stream, 64 * 1024), crc));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        text(out, build);
        text(out, request);
        out.writeInt(inputs.size());
        for (CompileRecord.Input input : inputs) {
            out.writeByte(input.kind().ordinal());
            text(out, input.path());
            text(out, input.value());
        }
        text(out, printed.fingerprint());
        text(out, printed.stdout());
        text(out, printed.stderr());
        out.writeInt(outputs.size());
        for (Map.Entry<String, String> file : outputs.entrySet()) {
            text(out, file.getKey());
            copyChecked(outDir.resolve(file.getKey()), file.getValue(), out);
        }
        out.writeLong(crc.getValue());
        out.flush();
    }

    /** The file's length and bytes, streamed; abandons the entry when they no longer hash to what was written. */
    private static void copyChecked(Path file, String sha256, DataOutputStream out) throws IOException {
        MessageDigest digest = Sha256.digest();
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE) {
            throw new PackFiles.Abandoned(file + " is too large");
        }
        out.writeInt((int) size);
        long copied;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            copied = in.transferTo(out);
        }
        if (copied != size || !HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw new PackFiles.Abandoned(file + " changed after the compile wrote it");
        }
    }

    /**
     * The entry's result when it is of this build and request, its inputs are unchanged and it is whole (its CRC-32
     * checked once all of it is read). Streamed: a miss reads no further than the inputs.
     */
    private static Optional<Result> decode(InputStream stream, long size, String build, String request)
            throws IOException {
        CRC32 crc = new CRC32();
        DataInputStream in = new DataInputStream(new CheckedInputStream(
                new java.io.BufferedInputStream(stream, 64 * 1024), crc));
        try {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !text(in, size).equals(build)
                    || !text(in, size).equals(request)) {
                return Optional.empty();
            }
            int inputCount = count(in, size);
            List<CompileRecord.Input> inputs = new ArrayList<>();
            CompileRecord.Kind[] kinds = CompileRecord.Kind.values();
            for (int i = 0; i < inputCount; i++) {
                int kind = in.readUnsignedByte();
                if (kind >= kinds.length) {
                    return Optional.empty();
                }
                inputs.add(new CompileRecord.Input(kinds[kind], text(in, size), text(in, size)));
            }
            if (!unchanged(inputs)) {
                return Optional.empty();
            }
            Printed printed = new Printed(text(in, size), text(in, size), text(in, size));
            int fileCount = count(in, size);
            List<OutputFile> files = new ArrayList<>();
            for (int i = 0; i < fileCount; i++) {
                String path = text(in, size);
                files.add(new OutputFile(path, bytes(in, size)));
            }
            long computed = crc.getValue();
            if (in.readLong() != computed || in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new Result(printed, files));
        } catch (java.io.EOFException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Listings, absent files and file sizes first, on this thread (a changed listing, a file that appeared or one whose
     * size changed ends the lookup before any hashing); then the files, re-hashed on every core.
     */
    private static boolean unchanged(List<CompileRecord.Input> inputs) {
        for (CompileRecord.Input input : inputs) {
            boolean file = input.kind() == CompileRecord.Kind.FILE;
            if (file ? !CompileRecord.sameSize(input) : !CompileRecord.unchanged(input)) {
                return false;
            }
        }
        return inputs.parallelStream().filter(input -> input.kind() == CompileRecord.Kind.FILE)
                .allMatch(CompileRecord::unchanged);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in, long size) throws IOException {
        return new String(bytes(in, size), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(DataInputStream in, long size) throws IOException {
        byte[] b = new byte[count(in, size)];
        in.readFully(b);
        return b;
    }

    /** A count or length, which can't be more than the entry's size: a damaged one allocates nothing huge. */
    private static int count(DataInputStream in, long size) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > size) {
            throw new java.io.EOFException("bad count " + n);
        }
        return n;
    }

    /** E182: the cache directory can't be written. Reported once per run. */
    private void cannotWrite(Path where, String why) {
        warn(Problem.of(SourcePos.ofFile(where.toString()), "E182", "cannot write the compile result cache: " + why
                        + "; the next compile of this chain compiles again",
                "make the directory writable, choose another with --cache-dir DIR (cache_dir in sqlbundle.yaml), "
                        + "or turn the cache off with --no-cache"));
    }

    private void warn(Problem problem) {
        if (warned.compareAndSet(false, true)) {
            warnings.accept(problem);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
