package org.sqlbundle.compiler.internal.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes compiled bundles into an output directory atomically: everything goes into a temporary
 * directory inside it first, and each {@code <dialect>/} directory is moved into place only when all
 * dialects succeeded, with {@value BundlesIndex#FILE} saying what this compile wrote. On any error the
 * temporary directory is removed and nothing else changes.
 */
public final class BundleOutput implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path out;
    private final Path staging;
    private final boolean createdOut;
    private volatile boolean committed;
    /** A run stopped by System.exit (the CLI's heap watch, a signal) skips close(): the hook cleans up then. */
    private final Thread onExit = new Thread(this::removeQuietly, "sqlbundle-output-cleanup");
    private final List<Path> removed = new java.util.ArrayList<>();
    /** Told every file written, by its path under the output directory, and its SHA-256; null: nobody asked. */
    private final java.util.function.BiConsumer<String, String> written;

    public BundleOutput(Path out) {
        this(out, null);
    }

    /**
     * As {@link #BundleOutput(Path)}; {@code written}, when not null, is told each file's path under the output
     * directory ({@code postgresql/upgrade.sql}) and SHA-256 as it is written.
     */
    public BundleOutput(Path out, java.util.function.BiConsumer<String, String> written) {
        this.out = out.toAbsolutePath().normalize();
        this.written = written;
        try {
            this.createdOut = !Files.isDirectory(this.out);
            Files.createDirectories(this.out);
            this.staging = Files.createTempDirectory(this.out, StagingDirs.prefixOfThisProcess());
            Runtime.getRuntime().addShutdownHook(onExit);
        } catch (FileAlreadyExistsException e) {
            throw org.sqlbundle.errors.SqlbundleException.badInput("output path " + out
                    + " exists and is not a directory; pass a directory to --out");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + out, e);
        }
    }

    /** One file in a dialect's directory, written by {@code body}; returns what body returned and the file's hash. */
    public <T> Written<T> write(String dialectDir, String fileName, Function<Writer, T> body) {
        Path file = staging.resolve(dialectDir).resolve(fileName);
        try {
            Files.createDirectories(file.getParent());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            T result;
            try (OutputStream os = new DigestOutputStream(Files.newOutputStream(file), sha);
                 Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                result = body.apply(w);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            if (written != null) {
                written.accept(dialectDir.isEmpty() ? fileName : dialectDir + "/" + fileName, hex);
            }
            return new Written<>(result, hex);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Written<T>(T value, String sha256) {
    }

    /**
     * A file an earlier compile wrote, again byte for byte, at its path under the output directory
     * ({@code postgresql/upgrade.sql}, {@value BundlesIndex#FILE}): a result from the compile result cache.
     */
    public void writeFile(String relativePath, byte[] bytes) {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("not a path under the output directory: " + relativePath);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** bundle.json, with keys in insertion order and LF line ends on every platform. */
    public String writeJson(String dialectDir, Map<String, Object> json) {
        return writeJson(dialectDir, "bundle.json", json);
    }

    /** {@value BundlesIndex#FILE} at the top of the output directory, moved into place last by {@link #commit}. */
    public void writeIndex(Map<String, Object> json) {
        writeJson("", BundlesIndex.FILE, json);
    }

    private String writeJson(String dir, String fileName, Map<String, Object> json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return write(dir, fileName, w -> {
            // written with the streaming generator: the document is maps, lists and scalars only, and databind's
            // start-up was most of the cost of a file written once per run
            try (JsonGenerator generator = JSON.createGenerator(new NonClosingWriter(w))) {
                generator.setPrettyPrinter(printer);
                writeValue(generator, json);
                generator.flush();
                w.write("\n");
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sha256();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof java.util.Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            g.writeBoolean(flag);
        } else if (value == null) {
            g.writeNull();
        } else {
            throw new IllegalArgumentException("bundle.json has no form for " + value.getClass());
        }
    }

    /** MANIFEST.sha256 in the format {@code sha256sum -c} reads, files sorted by name. */
    public String writeManifest(String dialectDir, Map<String, String> sha256ByFile) {
        Map<String, String> sorted = new TreeMap<>(sha256ByFile);
        return write(dialectDir, "MANIFEST.sha256", w -> {
            try {
                for (Map.Entry<String, String> e : sorted.entrySet()) {
                    w.write(e.getValue() + "  " + e.getKey() + "\n");
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sha256();
    }

    /**
     * Moves every staged dialect directory into place and {@value BundlesIndex#FILE} last. What an earlier compile
     * left (replaced or not written this time) goes first; anything in the directory that no compile wrote stops
     * the commit before a single move (E038).
     */
    public List<Path> commit() {
        List<Path> previous = BundlesIndex.previousOutput(out);
        try (Stream<Path> staged = Files.list(staging)) {
            List<Path> dirs = staged.filter(Files::isDirectory).sorted().toList();
            Path trash = staging.resolve(".replaced");
            Files.createDirectories(trash);
            for (Path old : previous) {
                Files.move(old, trash.resolve(old.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
                removed.add(old);
            }
            for (Path dir : dirs) {
                Files.move(dir, out.resolve(dir.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
            }
            Path index = staging.resolve(BundlesIndex.FILE);
            if (Files.exists(index)) {
                Files.move(index, out.resolve(BundlesIndex.FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            return dirs.stream().map(d -> out.resolve(d.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move bundles into " + out, e);
        }
    }

    /** What the commit moved away: an earlier compile's entries, replaced or pruned. */
    public List<Path> removed() {
        return List.copyOf(removed);
    }

    /** Removes the staging directory (and the output directory if this run created it and nothing landed). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook is running or about to, and removes the same things
        }
        remove();
    }

    private synchronized void remove() {
        deleteTree(staging);
        if (!committed && createdOut) {
            deleteTree(out);
        }
    }

    private void removeQuietly() {
        try {
            remove();
        } catch (RuntimeException e) {
            // exiting anyway; the next compile removes stale staging directories
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }

    /** Jackson closes the writer it is given; the digest stream must stay open until the file is done. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
