package org.sqlbundle.maven;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.YamlReader;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The values of a sqlbundle.yaml, for the POM's {@code configFile}: the same keys the CLI reads (an unknown key is
 * an error at its line, as in the CLI). Paths are resolved against the file's folder, so they mean the same from the
 * POM as from the command line. Lists (dialects, features) may be YAML lists or comma-separated text.
 */
record ConfigFileValues(Map<String, String> strings, Map<String, List<String>> lists) {

    /** cache_dir is accepted and unused: the plugin keeps no parse cache (docs/cache.md). */
    static final Set<String> KEYS = Set.of("dir", "dialects", "features", "version_table", "templates", "url",
            "user", "password_env", "target", "cache_dir");

    static ConfigFileValues none() {
        return new ConfigFileValues(Map.of(), Map.of());
    }

    static ConfigFileValues read(Path file) {
        String display = file.toString();
        Map<String, String> strings = new TreeMap<>();
        Map<String, List<String>> lists = new TreeMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(display), "E001",
                    "cannot read the config file: " + e.getMessage(), "point configFile at a readable sqlbundle.yaml"));
        }
        // a file of comments only is an empty document, not a config the reader could name a wrong key in
        if (text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"))) {
            return none();
        }
        Fields fields = Fields.of(YamlReader.read(new StringReader(text), display), display, KEYS);
        Path folder = file.toAbsolutePath().getParent();
        for (String key : List.of("dir", "templates")) {
            fields.optString(key).ifPresent(v -> strings.put(key, folder.resolve(v).normalize().toString()));
        }
        for (String key : List.of("version_table", "url", "user", "password_env", "target")) {
            fields.optString(key).ifPresent(v -> strings.put(key, v));
        }
        for (String key : List.of("dialects", "features")) {
            fields.optional(key).ifPresent(node -> lists.put(key, split(node instanceof Node.ListNode
                    ? Fields.strings(node, key) : List.of(Fields.text(node, key)))));
        }
        return new ConfigFileValues(strings, lists);
    }

    Optional<String> string(String key) {
        return Optional.ofNullable(strings.get(key));
    }

    List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }

    /** "a, b" and [a, b] mean the same, as on the command line. */
    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
