package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/** {@code sqlbundle import alembic}: find versions/, read it under Python, map, write the chain atomically. */
public final class AlembicImporter {

    private static final Pattern SCRIPT_LOCATION = Pattern.compile("(?m)^\\s*script_location\\s*=\\s*(\\S+)\\s*$");

    private AlembicImporter() {
    }

    /** The import's outcome: the report; the chain is already in {@code out}. */
    public static ImportReport run(Path src, Path out, Optional<String> python, Optional<Path> featureMap) {
        Path versions = versions(src);
        checkOut(out);
        Map<String, String> map = featureMap.map(AlembicImporter::featureMap).orElse(Map.of());
        JsonNode read = PythonReader.read(PythonReader.python(python), versions, map);
        ChainMapper.Result result = ChainMapper.map(read);
        write(out, result.files());
        return result.report();
    }

    /** SRC itself when it holds the revision files, else its versions/ (or alembic.ini's script_location's). */
    static Path versions(Path src) {
        if (!Files.isDirectory(src)) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(src.toString()), "E153",
                    "not a directory", "pass the Alembic project directory or its versions/ directory"));
        }
        Path ini = src.resolve("alembic.ini");
        if (Files.isRegularFile(ini)) {
            try {
                Matcher m = SCRIPT_LOCATION.matcher(Files.readString(ini, StandardCharsets.UTF_8));
                if (m.find() && !m.group(1).contains(":") && Files.isDirectory(src.resolve(m.group(1)).resolve(
                        "versions"))) {
                    return src.resolve(m.group(1)).resolve("versions");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Files.isDirectory(src.resolve("versions"))) {
            return src.resolve("versions");
        }
        try (Stream<Path> files = Files.list(src)) {
            if (files.anyMatch(f -> f.getFileName().toString().endsWith(".py"))) {
                return src;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(src.toString()), "E153",
                "no Alembic revisions here: no versions/ directory and no *.py files",
                "pass the directory that holds env.py and versions/, or versions/ itself"));
    }

    private static void checkOut(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(out.toString()), "E152",
                        "--out is not empty: the import writes a whole new chain and never mixes it with files "
                                + "already there", "pass a new directory, or remove this one first"));
            }
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(out.toString()), "E152",
                    "--out is not a directory that can be listed: " + e.getMessage(), "pass a new directory"));
        }
    }

    /** YAML map of condition text (as the report shows it) -> feature name. */
    static Map<String, String> featureMap(Path file) {
        try {
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            Map<String, String> out = new LinkedHashMap<>();
            if (doc == null || !doc.isObject()) {
                throw mapError(file, "is not a map of condition text to feature name");
            }
            var it = doc.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (!e.getValue().isTextual() || !e.getValue().asText().matches("[A-Za-z0-9_]+")) {
                    throw mapError(file, "the feature of '" + e.getKey() + "' must be a name ([A-Za-z0-9_]+), got "
                            + e.getValue());
                }
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        } catch (IOException e) {
            throw mapError(file, "can't be read as YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static SqlbundleException mapError(Path file, String what) {
        return SqlbundleException.badInput(Problem.of(SourcePos.ofFile(file.toString()), "E157",
                "--feature-map " + what, "write lines like  \"not should_run(active_plugins, "
                        + "migration_for_plugins)\": lbaas"));
    }

    /** Written into a temporary sibling, then moved into place: an interrupted import leaves no half chain. */
    private static void write(Path out, Map<String, String> files) {
        Path abs = out.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.isDirectory(abs)) {
                Files.delete(abs);  // empty, checked before the import
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, List.of(Problem.of(
                    SourcePos.ofFile(out.toString()), "E152", "can't write the chain: " + e.getMessage(),
                    "check the directory's permissions and free space")));
        }
    }
}
