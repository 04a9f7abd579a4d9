package org.sqlbundle.cli.options;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.source.DidYouMean;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.YamlReader;
import org.sqlbundle.compiler.internal.source.YamlText;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.errors.SourcePos;

/**
 * sqlbundle.yaml: defaults for options, so a project need not repeat --dir on every call. Values are kept
 * as the text picocli would have been given on the command line; lists are comma-separated, and the lists of
 * {@code feature_sets} are separated by ';'. {@code positions} says where each key's value is written, for errors
 * found once the chain is known (an unknown feature).
 */
public record ConfigFile(String source, Map<String, String> defaults, Map<String, SourcePos> positions) {

    public static final String DEFAULT_NAME = "sqlbundle.yaml";
    public static final Set<String> KEYS = Set.of("dir", "dialects", "features", "feature_sets", "version_table",
            "templates", "url", "user", "password_env", "target", "sql_parse_timeout", "connect_timeout", "cache_dir");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public ConfigFile {
        defaults = java.util.Collections.unmodifiableMap(new TreeMap<>(defaults));
        positions = Map.copyOf(positions);
    }

    public ConfigFile(String source, Map<String, String> defaults) {
        this(source, defaults, Map.of());
    }

    /** Where {@code key}'s value is written; the file itself when unknown. */
    public SourcePos position(String key) {
        return positions.getOrDefault(key, SourcePos.ofFile(source));
    }

    /** The {@code feature_sets} lists, each a set of features checked on its own by check and lint. */
    public List<List<String>> featureSets() {
        return value("feature_sets").map(v -> java.util.Arrays.stream(v.split(";", -1))
                .map(set -> java.util.Arrays.stream(set.split(",")).map(String::trim).filter(f -> !f.isEmpty())
                        .toList()).toList()).orElse(List.of());
    }

    public static ConfigFile none() {
        return new ConfigFile("(no config file)", Map.of());
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(defaults.get(key));
    }

    /** Reads {@code file}; {@code displayName} is how errors name it. Paths in it are relative to its folder. */
    public static ConfigFile read(Path file, String displayName) {
        String text = YamlText.read(file, displayName);
        if (text.isBlank()) {
            return new ConfigFile(displayName, Map.of());
        }
        Fields fields = Fields.of(YamlReader.read(new StringReader(text), displayName), displayName, KEYS);
        Path folder = file.getParent();
        Map<String, String> defaults = new TreeMap<>();
        fields.optString("dir").ifPresent(d -> defaults.put("dir", relativeTo(folder, d)));
        fields.optString("templates").ifPresent(t -> defaults.put("templates", relativeTo(folder, t)));
        fields.optString("cache_dir").ifPresent(c -> defaults.put("cache_dir", relativeTo(folder, c)));
        fields.optional("dialects").map(ConfigFile::dialects).filter(l -> !l.isEmpty())
                .ifPresent(l -> defaults.put("dialects", String.join(",", l)));
        List<String> features = fields.stringList("features");
        if (!features.isEmpty()) {
            defaults.put("features", String.join(",", features));
        }
        Map<String, SourcePos> positions = new TreeMap<>();
        for (String key : List.of("features", "feature_sets")) {
            fields.optional(key).ifPresent(n -> positions.put(key, n.pos()));
        }
        fields.optional("feature_sets").ifPresent(n -> defaults.put("feature_sets", featureSets(n)));
        fields.optString("version_table").ifPresent(table -> {
            if (!IDENTIFIER.matcher(table).matches()) {
                throw Fields.error(fields.pos("version_table"), "E061", "version_table '" + table
                        + "' is not a plain SQL name", "use letters, digits and _, starting with a letter or _");
            }
            defaults.put("version_table", table);
        });
        fields.optString("sql_parse_timeout").ifPresent(seconds -> {
            if (ParseTimeout.seconds(seconds).isEmpty()) {
                throw Fields.error(fields.pos("sql_parse_timeout"), "E061", "sql_parse_timeout '" + seconds
                        + "' is not a number of seconds between 0.001 and 3600", "CPU seconds per statement, e.g. 30");
            }
            defaults.put("sql_parse_timeout", seconds.trim());
        });
        fields.optString("url").ifPresent(url -> defaults.put("url", url));
        fields.optString("target").ifPresent(target -> defaults.put("target", target));
        fields.optString("user").ifPresent(user -> defaults.put("user", user));
        fields.optString("connect_timeout").ifPresent(seconds -> {
            if (!seconds.matches("\\d{1,9}")) {
                throw Fields.error(fields.pos("connect_timeout"), "E061", "connect_timeout '" + seconds
                        + "' is not a whole number of seconds", "e.g. connect_timeout: 10 (0 waits for ever)");
            }
            defaults.put("connect_timeout", seconds);
        });
        fields.optString("password_env").ifPresent(name -> {
            if (!VARIABLE.matcher(name).matches()) {
                Secrets.register(name);
                throw Fields.error(fields.pos("password_env"), "E061", "password_env is not the name of an environment "
                        + "variable (its value is not shown: it may be the password itself)", "name the variable that holds the password, e.g. LBAAS_DB_PASSWORD;"
                        + " the password itself never goes in this file");
            }
            defaults.put("password_env", name);
        });
        return new ConfigFile(displayName, defaults, positions);
    }

    /** A list of lists of feature names ({@code [[lbaas, vpn], [lbaas_v2]]}), encoded as {@code lbaas,vpn;lbaas_v2}. */
    private static String featureSets(Node node) {
        if (!(node instanceof Node.ListNode sets) || sets.items().isEmpty()) {
            throw Fields.error(node.pos(), "E061", "feature_sets must be a list of lists of features",
                    "write e.g. 'feature_sets: [[lbaas], [lbaas_v2, vpn]]': each set is checked on its own");
        }
        List<String> encoded = new ArrayList<>();
        for (Node set : sets.items()) {
            if (!(set instanceof Node.ListNode)) {
                throw Fields.error(set.pos(), "E061", "each item of feature_sets must be a list of features",
                        "write [] for the set with no feature, [lbaas] for a set of one");
            }
            List<String> names = Fields.strings(set, "feature_sets item");
            for (String name : names) {
                if (name.isBlank() || name.contains(",") || name.contains(";")) {
                    throw Fields.error(set.pos(), "E061", "'" + name + "' is not a feature name", null);
                }
            }
            encoded.add(String.join(",", names));
        }
        return String.join(";", encoded);
    }

    /** Paths in the file mean the same whatever directory sqlbundle runs from. */
    private static String relativeTo(Path folder, String path) {
        return folder == null ? path : folder.resolve(path).normalize().toString();
    }

    /** A list of dialect names, or one comma-separated string; each checked so a typo is caught here. */
    private static List<String> dialects(Node node) {
        List<Node> items = node instanceof Node.ListNode list ? list.items() : List.of(node);
        List<String> names = new ArrayList<>();
        for (Node item : items) {
            for (String name : Fields.text(item, "dialects").split(",")) {
                String trimmed = name.trim();
                if (trimmed.equalsIgnoreCase("all")) {
                    names.add("all");
                    continue;
                }
                try {
                    names.add(Dialect.parse(trimmed).cliName);
                } catch (IllegalArgumentException e) {
                    List<String> known = java.util.Arrays.stream(Dialect.values()).map(d -> d.cliName).toList();
                    throw Fields.error(item.pos(), "E061", "unknown dialect '" + trimmed + "' in dialects",
                            DidYouMean.hint(trimmed, known));
                }
            }
        }
        return names;
    }
}
