package org.sqlbundle.compiler.internal.types;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PortableType.Kind;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.Token;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * One dialect's spellings of the portable types, the single place each fact lives: what the renderer writes in DDL,
 * how the dialect's catalog prints the column back (what the verifier expects a snapshot to show), and the way
 * back from a catalog spelling to a portable type (what autogenerate writes). The two spellings are kept apart on
 * purpose: a database that stores something other than what the DDL asked for shows up as a verify failure.
 * The rows are in {@link TypeTables}; docs/type-table.md is generated from them.
 */
public final class TypeTable {

    /** A spelling of one kind; {@code literal} quotes an enum label the way the caller needs it. */
    @FunctionalInterface
    interface Spelling {
        String of(PortableType type, Schema schema, UnaryOperator<String> literal);
    }

    record Row(Spelling ddl, Spelling catalog) {
    }

    private static final Pattern SIZED = Pattern.compile("([a-z ]+)\\((\\d+)(?:,(\\d+))?\\)");
    private static final Pattern INLINE_ENUM = Pattern.compile("enum\\((.*)\\)");
    /** Catalogs print enum labels as standard literals: quotes doubled, a backslash is itself. */
    private static final SqlLexer CATALOG_TEXT = new SqlLexer(LexRules.STANDARD);
    /** Names that any dialect's catalog may print for a column made by hand, beyond sqlbundle's own spellings. */
    private static final Map<String, Kind> COMMON_NAMES = commonNames();

    private final Dialect dialect;
    private final Map<Kind, Row> rows;
    /** Catalog spellings of the kinds without parameters, mapped back; where kinds print alike, the broadest. */
    private final Map<String, Kind> byCatalogSpelling;
    private final Map<String, PortableType> extraNames;
    private final boolean displayWidths;

    TypeTable(Dialect dialect, Map<Kind, Row> rows, List<Kind> reversePreference, Map<String, PortableType> extraNames,
            boolean displayWidths) {
        if (!rows.keySet().equals(Set.of(Kind.values()))) {
            throw new IllegalStateException(dialect + " type table lacks " + missing(rows));
        }
        this.dialect = dialect;
        this.rows = new EnumMap<>(rows);
        this.extraNames = Map.copyOf(extraNames);
        this.displayWidths = displayWidths;
        this.byCatalogSpelling = new LinkedHashMap<>();
        List<Kind> order = new ArrayList<>(reversePreference);
        for (Kind k : Kind.values()) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        for (Kind k : order) {
            if (k != Kind.STRING && k != Kind.DECIMAL && k != Kind.ENUM) {
                byCatalogSpelling.putIfAbsent(catalog(PortableType.of(k), Schema.EMPTY), k);
            }
        }
    }

    public static TypeTable forDialect(Dialect dialect) {
        return TypeTables.forDialect(dialect);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The type as the renderer writes it; enum labels go through the renderer's own string literal. */
    public String ddl(PortableType type, Schema schema, UnaryOperator<String> stringLiteral) {
        return rows.get(type.kind()).ddl().of(type, schema, stringLiteral);
    }

    /** The type as this dialect's snapshot reader prints it (lower case, no space after commas). */
    public String catalog(PortableType type, Schema schema) {
        return rows.get(type.kind()).catalog().of(type, schema, TypeTable::catalogQuoted);
    }

    /** The portable type of a catalog spelling, or empty when there is none; inline enums: {@link #inlineEnumLabels}. */
    public Optional<PortableType> parse(String catalogType, Set<String> enumTypes) {
        if (dialect == Dialect.POSTGRESQL && enumTypes.contains(unquoted(catalogType))) {
            return Optional.of(new PortableType(Kind.ENUM, 0, 0, unquoted(catalogType)));
        }
        if (extraNames.containsKey(catalogType)) {
            return Optional.of(extraNames.get(catalogType));
        }
        Kind exact = byCatalogSpelling.get(catalogType);
        if (exact != null) {
            return Optional.of(PortableType.of(exact));
        }
        Matcher sized = SIZED.matcher(catalogType);
        if (sized.matches()) {
            return sized(sized.group(1), sized.group(2), sized.group(3));
        }
        return Optional.ofNullable(COMMON_NAMES.get(catalogType)).map(PortableType::of);
    }

    private Optional<PortableType> sized(String name, String first, String second) {
        int n = Integer.parseInt(first);
        int scale = second == null ? 0 : Integer.parseInt(second);
        switch (name) {
            case "character varying", "varchar":
                return n >= 1 && n <= 65535 && second == null
                        ? Optional.of(new PortableType(Kind.STRING, n, 0, "")) : Optional.empty();
            case "numeric", "decimal":
                return n >= 1 && n <= 65 && scale <= n
                        ? Optional.of(new PortableType(Kind.DECIMAL, n, scale, "")) : Optional.empty();
            case "int", "bigint", "smallint":
                // MariaDB and MySQL 5 print a display width, which changes nothing
                return displayWidths && second == null ? parse(name, Set.of()) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** The labels of a MySQL/H2 {@code enum('a','b')} column type, in order. */
    public static Optional<List<String>> inlineEnumLabels(String type) {
        Matcher m = INLINE_ENUM.matcher(type);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        boolean labelNext = true;
        for (Token t : CATALOG_TEXT.tokens(m.group(1))) {
            if (labelNext && t.is(TokenKind.STRING) && t.complete()) {
                labels.add(t.text().substring(1, t.text().length() - 1).replace("''", "'"));
                labelNext = false;
            } else if (!labelNext && t.isPunctuation(',')) {
                labelNext = true;
            } else if (!t.is(TokenKind.WHITESPACE)) {
                return Optional.empty();
            }
        }
        if (labelNext) {
            return Optional.empty();
        }
        return Optional.of(labels);
    }

    /** An enum's labels inline, {@code enum('a', 'b')}, each through {@code literal}, joined by {@code separator}. */
    static String inlineEnum(Schema schema, PortableType type, UnaryOperator<String> literal, String separator) {
        EnumType e = schema.enumType(type.enumName()).orElseThrow();
        StringBuilder out = new StringBuilder("enum(");
        for (int i = 0; i < e.labels().size(); i++) {
            out.append(i == 0 ? "" : separator).append(literal.apply(e.labels().get(i)));
        }
        return out.append(')').toString();
    }

    /** How catalogs print a string: single quotes, quotes doubled. */
    static String catalogQuoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String unquoted(String type) {
        return type.startsWith("\"") && type.endsWith("\"") && type.length() > 1
                ? type.substring(1, type.length() - 1).replace("\"\"", "\"") : type;
    }

    private static Map<String, Kind> commonNames() {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (String n : List.of("integer", "int", "int4")) {
            m.put(n, Kind.INTEGER);
        }
        m.put("bigint", Kind.BIGINT);
        m.put("int8", Kind.BIGINT);
        m.put("smallint", Kind.SMALLINT);
        m.put("int2", Kind.SMALLINT);
        m.put("boolean", Kind.BOOLEAN);
        m.put("bool", Kind.BOOLEAN);
        for (String n : List.of("text", "longtext", "mediumtext", "clob", "character large object")) {
            m.put(n, Kind.TEXT);
        }
        m.put("date", Kind.DATE);
        m.put("datetime", Kind.DATETIME);
        m.put("timestamp without time zone", Kind.DATETIME);
        m.put("timestamp", Kind.TIMESTAMP);
        m.put("real", Kind.FLOAT);
        m.put("float", Kind.FLOAT);
        m.put("double", Kind.DOUBLE);
        m.put("double precision", Kind.DOUBLE);
        for (String n : List.of("bytea", "blob", "longblob", "mediumblob", "binary large object")) {
            m.put(n, Kind.BINARY);
        }
        m.put("json", Kind.JSON);
        m.put("jsonb", Kind.JSON);
        return Map.copyOf(m);
    }

    private static List<Kind> missing(Map<Kind, Row> rows) {
        return java.util.Arrays.stream(Kind.values()).filter(k -> !rows.containsKey(k)).toList();
    }
}
