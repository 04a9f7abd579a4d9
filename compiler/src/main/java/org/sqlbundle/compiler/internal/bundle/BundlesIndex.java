package org.sqlbundle.compiler.internal.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * {@value #FILE} at the top of a {@code compile --out} directory: which compile wrote what (chain, range, features,
 * dialects) and every file it wrote with its SHA-256. The next compile into the directory reads it to know which
 * entries are its to replace or prune; anything it doesn't account for is the user's, and the compile refuses to
 * run rather than mix its bundles with it or delete it.
 */
public final class BundlesIndex {

    public static final String FILE = "BUNDLES.json";
    /** What a dialect directory holds, for directories written before {@value #FILE} existed. */
    private static final Set<String> BUNDLE_FILES = Set.of("upgrade.sql", "downgrade.sql", "bundle.json",
            "MANIFEST.sha256");
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * The dialects' directory names, as {@code Dialect.cliName} gives them (BundlesIndexTest checks): written out, so
     * a compile replayed from the result cache loads no jOOQ class, which {@code Dialect} would.
     */
    static final Set<String> DIALECT_DIRS = Set.of("postgresql", "mysql", "mariadb", "sqlite", "h2");

    private BundlesIndex() {
    }

    /** The document, in a fixed key order; {@code files} maps each path under the output directory to its hash. */
    public static Map<String, Object> document(ChainModel model, BundleOptions options, Range up, String directions,
                                               List<String> dialects, Map<String, String> files) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("tool", "sqlbundle");
        b.put("toolVersion", ToolVersion.get());
        b.put("chain", model.chain().name());
        b.put("fingerprint", "sha256:" + model.chain().fingerprint());
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", up.fromLabel());
        range.put("to", up.toLabel());
        b.put("range", range);
        b.put("directions", directions);
        b.put("features", List.copyOf(model.features()));
        b.put("versionTable", options.versionTable());
        b.put("transactions", options.transactions().cliName);
        b.put("dialects", List.copyOf(dialects));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.getKey());
            entry.put("sha256", f.getValue());
            list.add(entry);
        }
        b.put("files", list);
        return b;
    }

    /**
     * The entries of {@code out} a new compile must move away before its own go in: those an earlier compile
     * recorded in {@value #FILE}, and dialect directories holding only bundle files. Hidden entries (the staging
     * directory among them) stay. Throws BAD_INPUT (E038) naming anything else, before anything has changed.
     */
    static List<Path> previousOutput(Path out) {
        Set<String> recorded = recordedFiles(out);
        List<Path> remove = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        try (var entries = Files.list(out)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.equals(FILE)) {
                    continue;
                }
                List<String> unknown = unknownFiles(entry, name, recorded);
                if (unknown.isEmpty()) {
                    remove.add(entry);
                } else {
                    foreign.addAll(unknown);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + out, e);
        }
        if (!foreign.isEmpty()) {
            List<String> shown = foreign.size() > 5 ? foreign.subList(0, 5) : foreign;
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(out.toString()), "E038",
                    "the output directory holds files no compile recorded writing: " + String.join(", ", shown)
                            + (foreign.size() > shown.size() ? " and " + (foreign.size() - shown.size()) + " more" : "")
                            + "; compile replaces and prunes only bundles, so nothing was written",
                    "move those files elsewhere, or pass an empty or new directory to --out"));
        }
        return remove;
    }

    /** Files under {@code entry} that neither {@value #FILE} nor the bundle layout account for; none means ours. */
    private static List<String> unknownFiles(Path entry, String name, Set<String> recorded) throws IOException {
        if (!Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return recorded.contains(name) ? List.of() : List.of(name);
        }
        boolean dialectDir = DIALECT_DIRS.contains(name);
        boolean recordedDir = recorded.stream().anyMatch(p -> p.startsWith(name + "/"));
        if (!dialectDir && !recordedDir) {
            return List.of(name + "/");
        }
        List<String> unknown = new ArrayList<>();
        List<String> files;
        try (var walk = Files.walk(entry)) {
            files = walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> entry.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        for (String file : files) {
            if (!recorded.contains(name + "/" + file) && !(dialectDir && BUNDLE_FILES.contains(file))) {
                unknown.add(name + "/" + file);
            }
        }
        return unknown;
    }

    /** The paths an earlier compile listed; none without the file. A file of that name sqlbundle can't read is E038. */
    private static Set<String> recordedFiles(Path out) {
        Path index = out.resolve(FILE);
        Set<String> paths = new TreeSet<>();
        if (!Files.isRegularFile(index)) {
            return paths;
        }
        try (JsonParser p = JSON.createParser(index.toFile())) {
            int depth = 0;
            boolean inFiles = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 1) {
                        inFiles = false;
                    }
                } else if (t == JsonToken.FIELD_NAME && depth == 1 && p.currentName().equals("files")) {
                    inFiles = true;
                } else if (t == JsonToken.FIELD_NAME && inFiles && depth == 3 && p.currentName().equals("path")) {
                    p.nextToken();
                    paths.add(p.getText());
                }
            }
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(index.toString()), "E038",
                    "the output directory's " + FILE + " is not one sqlbundle can read: " + e.getMessage(),
                    "move it elsewhere, or pass an empty or new directory to --out"));
        }
        return paths;
    }
}
