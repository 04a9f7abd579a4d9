package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * create_table and add_column: the Table SQLAlchemy built (columns, constraints, indexes, MySQL options) as
 * sqlbundle's create_table/add_column plus the ops Alembic emits beside them (CREATE TYPE, CREATE INDEX, ADD
 * CONSTRAINT). Unnamed constraints get the server's names ({@link ServerNames}).
 */
final class TableMapper {

    private static final Set<String> NOW = Set.of("now()", "current_timestamp", "current_timestamp()",
            "localtimestamp", "localtimestamp()");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ServerNames names;
    private final Set<String> enums;

    TableMapper(ServerNames names, Set<String> enums) {
        this.names = names;
        this.enums = enums;
    }

    /** The ops of one op.create_table: create_enum for new named enums, create_table, create_index per index. */
    List<YamlOp> createTable(JsonNode t, String origin, List<String> notes) {
        String table = t.path("name").asText();
        List<YamlOp> out = new ArrayList<>(newEnums(t, origin));
        List<Object> columns = new ArrayList<>();
        t.path("columns").forEach(c -> columns.add(column(c, t, notes)));
        List<Object> fks = new ArrayList<>();
        List<Object> uniques = new ArrayList<>();
        List<Object> checks = new ArrayList<>();
        Map<String, Object> pk = null;
        for (JsonNode c : t.path("constraints")) {
            switch (c.path("kind").asText()) {
                case "PrimaryKeyConstraint" -> {
                    pk = primaryKey(table, c.hasNonNull("name") ? c.path("name").asText() : null);
                    pk.put("columns", strings(c.path("columns")));
                }
                case "ForeignKeyConstraint" -> fks.add(foreignKey(table, c));
                case "UniqueConstraint" -> uniques.add(unique(table, c));
                case "CheckConstraint" -> checks.add(check(table, c));
                default -> notes.add("constraint " + c.path("kind").asText() + " not imported");
            }
        }
        for (JsonNode c : t.path("columns")) {
            if (c.path("unique").asBoolean() && !c.path("index").asBoolean() && !hasUnique(t, c)) {
                ObjectList one = new ObjectList(c.path("name").asText());
                uniques.add(unique(table, one.node()));
            }
        }
        Object[] fields = {"name", table, "comment", text(t.path("comment")),
            "table_options", tableOptions(t.path("options"), t.path("mariadb_options"), notes), "columns", columns,
            "primary_key", pk, "foreign_keys", fks.isEmpty() ? null : fks, "unique", uniques.isEmpty() ? null : uniques,
            "checks", checks.isEmpty() ? null : checks};
        out.add(YamlOp.of("create_table", origin, fields));
        out.addAll(indexes(t, origin));
        return out;
    }

    /**
     * A primary key's names as the servers have them: PostgreSQL's {@code <table>_pkey} when unnamed, and always
     * {@code PRIMARY} on MySQL/MariaDB, which ignore the name; so a later drop or create by name matches on each.
     */
    Map<String, Object> primaryKey(String table, String given) {
        String name = given != null ? given : table + "_pkey";
        names.named(table, new ServerNames.Names(name, "PRIMARY"));
        Map<String, Object> pk = new LinkedHashMap<>();
        pk.put("name", name);
        if (!"PRIMARY".equals(name)) {
            pk.put("dialect_names", YamlOp.ordered("mysql", "PRIMARY", "mariadb", "PRIMARY"));
        }
        return pk;
    }

    /** op.add_column: the column, then the constraints and indexes SQLAlchemy attached to it, as Alembic emits. */
    List<YamlOp> addColumn(JsonNode t, String origin, List<String> notes) {
        String table = t.path("name").asText();
        JsonNode c = t.path("columns").get(0);
        List<YamlOp> out = new ArrayList<>(newEnums(t, origin));
        if (c.path("primary_key").asBoolean()) {
            notes.add("primary_key=True on an added column is ignored, as Alembic's add_column does");
        }
        out.add(YamlOp.of("add_column", origin, "table", table, "column", column(c, t, notes)));
        for (JsonNode k : t.path("constraints")) {
            switch (k.path("kind").asText()) {
                case "ForeignKeyConstraint" -> out.add(YamlOp.of("add_foreign_key", origin,
                        flatten("table", table, foreignKey(table, k))));
                case "UniqueConstraint" -> out.add(YamlOp.of("add_unique", origin, flatten("table", table,
                        unique(table, k))));
                case "CheckConstraint" -> out.add(YamlOp.of("add_check", origin, flatten("table", table,
                        check(table, k))));
                default -> {
                    // the table's empty primary key: nothing to add
                }
            }
        }
        out.addAll(indexes(t, origin));
        return out;
    }

    private List<YamlOp> newEnums(JsonNode t, String origin) {
        List<YamlOp> out = new ArrayList<>();
        for (JsonNode c : t.path("columns")) {
            JsonNode type = c.path("type");
            if (type.path("class").asText().equalsIgnoreCase("Enum") && type.hasNonNull("name")
                    && type.path("native_enum").asBoolean(true)
                    && enums.add(type.path("name").asText())) {
                out.add(YamlOp.of("create_enum", origin, "name", type.path("name").asText(), "values",
                        strings(type.path("values"))));
            }
        }
        return out;
    }

    private List<YamlOp> indexes(JsonNode t, String origin) {
        List<YamlOp> out = new ArrayList<>();
        String table = t.path("name").asText();
        for (JsonNode i : t.path("indexes")) {
            names.taken(table, i.path("name").asText());
            out.add(YamlOp.of("create_index", origin, "name", i.path("name").asText(), "table", table, "columns",
                    strings(i.path("columns")), "unique", i.path("unique").asBoolean() ? Boolean.TRUE : null));
        }
        return out;
    }

    Map<String, Object> column(JsonNode c, JsonNode table, List<String> notes) {
        TypeMapper.Mapped type = TypeMapper.map(c.path("type"));
        type.notes().forEach(n -> notes.add(c.path("name").asText() + ": " + n));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.path("name").asText());
        out.put("type", type.type());
        if (!c.path("nullable").asBoolean(true)) {
            out.put("nullable", false);
        }
        if (c.hasNonNull("server_default")) {
            Object d = literal(c.path("server_default"), type.type(), notes, c.path("name").asText());
            if (d != null) {
                out.put("default", d);
            }
        }
        if (autoincrement(c, table, type.type())) {
            out.put("autoincrement", true);
            if (!c.path("identity").asBoolean()) {
                // SQLAlchemy renders SERIAL on PostgreSQL (unless sa.Identity()): a sequence the column owns
                out.put("sequence", ServerNames.serialSequence(table.path("name").asText(), c.path("name").asText()));
            }
        }
        if (c.hasNonNull("comment")) {
            out.put("comment", c.path("comment").asText());
        }
        return out;
    }

    /** SQLAlchemy's rule: explicit True, or 'auto' on the only primary key column, an integer with no FK/default. */
    private static boolean autoincrement(JsonNode c, JsonNode table, String type) {
        if (c.path("identity").asBoolean()) {
            return true;
        }
        if (!c.path("primary_key").asBoolean() || !(type.equals("integer") || type.equals("bigint")
                || type.equals("smallint"))) {
            return false;
        }
        if (c.path("autoincrement").isBoolean()) {
            return c.path("autoincrement").asBoolean();
        }
        int pkColumns = 0;
        for (JsonNode other : table.path("columns")) {
            pkColumns += other.path("primary_key").asBoolean() ? 1 : 0;
        }
        boolean fk = false;
        for (JsonNode k : table.path("constraints")) {
            if (k.path("kind").asText().equals("ForeignKeyConstraint")
                    && strings(k.path("columns")).contains(c.path("name").asText())) {
                fk = true;
            }
        }
        return pkColumns == 1 && !fk && !c.hasNonNull("server_default");
    }

    /** A server_default as a portable literal, or null (noted) when it has none. */
    static Object literal(JsonNode d, String type, List<String> notes, String column) {
        String text = d.path("text").asText().strip();
        boolean numeric = type.matches("integer|bigint|smallint|decimal.*|float|double");
        if (!d.path("clause").asBoolean()) {
            // a plain string is quoted by Alembic; the server folds '0' into 0 for a number column
            if (numeric && NUMBER.matcher(text).matches()) {
                return number(text);
            }
            if (type.equals("boolean")) {
                return bool(text, notes, column);
            }
            return d.path("text").asText();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (NUMBER.matcher(text).matches()) {
            return type.equals("boolean") ? bool(text, notes, column) : number(text);
        }
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.valueOf(lower);
        }
        if (NOW.contains(lower)) {
            return YamlOp.ordered("expr", "current_timestamp");
        }
        Matcher q = QUOTED.matcher(text);
        if (q.matches()) {
            return q.group(1).replace("''", "'");
        }
        if (lower.equals("null")) {
            return null;
        }
        notes.add(column + ": server_default " + text + " has no portable form; left out");
        return null;
    }

    private static Object number(String text) {
        return text.contains(".") ? new BigDecimal(text) : (Object) Long.valueOf(text);
    }

    private static Object bool(String text, List<String> notes, String column) {
        String t = text.toLowerCase(Locale.ROOT).replace("'", "");
        if (Set.of("1", "true", "t", "yes", "on").contains(t)) {
            return Boolean.TRUE;
        }
        if (Set.of("0", "false", "f", "no", "off").contains(t)) {
            return Boolean.FALSE;
        }
        notes.add(column + ": boolean server_default " + text + " left out");
        return null;
    }

    Map<String, Object> foreignKey(String table, JsonNode c) {
        List<String> columns = strings(c.path("columns"));
        List<String> refs = strings(c.path("refs"));
        String ref = refs.get(0);
        String refTable = ref.substring(0, ref.lastIndexOf('.'));
        List<String> refColumns = refs.stream().map(r -> r.substring(r.lastIndexOf('.') + 1)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        if (name(out, c, table, () -> names.foreignKey(table, columns))) {
            // created unnamed there too, so InnoDB names the key and the index it makes for it, as under Alembic
            out.put("server_named", List.of("mysql", "mariadb"));
        }
        out.put("columns", columns);
        out.put("references", YamlOp.ordered("table", refTable, "columns", refColumns));
        action(out, "on_delete", c.path("ondelete"));
        action(out, "on_update", c.path("onupdate"));
        return out;
    }

    Map<String, Object> unique(String table, JsonNode c) {
        List<String> columns = strings(c.path("columns"));
        Map<String, Object> out = new LinkedHashMap<>();
        name(out, c, table, () -> names.unique(table, columns));
        out.put("columns", columns);
        return out;
    }

    Map<String, Object> check(String table, JsonNode c) {
        String expr = c.path("sqltext").asText();
        String first = c.path("columns").size() > 0 ? c.path("columns").get(0).asText() : firstIdent(expr);
        Map<String, Object> out = new LinkedHashMap<>();
        name(out, c, table, () -> names.check(table, first));
        out.put("expression", expr);
        return out;
    }

    /** The constraint's name from the source, else the servers' names for it; whether the servers named it. */
    private boolean name(Map<String, Object> out, JsonNode c, String table,
                         java.util.function.Supplier<ServerNames.Names> server) {
        if (c.hasNonNull("name")) {
            names.taken(table, c.path("name").asText());
            out.put("name", c.path("name").asText());
            return false;
        }
        ServerNames.Names n = server.get();
        names.named(table, n);
        out.put("name", n.postgresql());
        Map<String, Object> perDialect = n.dialectNames();
        if (perDialect != null) {
            out.put("dialect_names", perDialect);
        }
        return true;
    }

    private static String firstIdent(String expr) {
        Matcher m = IDENT.matcher(expr);
        return m.find() ? m.group() : "";
    }

    private static void action(Map<String, Object> out, String key, JsonNode v) {
        if (v.isTextual() && !v.asText().equalsIgnoreCase("no action")) {
            out.put(key, v.asText().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * {@code mysql_engine}, {@code mysql_charset} (or {@code mysql_default_charset}, the same DEFAULT CHARSET) and
     * {@code mysql_collate}, and their {@code mariadb_} twins, as create_table's table_options. sqlbundle has one set
     * for both servers: where a mariadb_ option differs from its mysql_ one (SQLAlchemy's MariaDB dialect would take
     * it) the mysql_ value is written, and a mariadb_ one alone is written for MySQL too; the report says so, as it
     * does of options other than these three.
     */
    private static Map<String, Object> tableOptions(JsonNode mysql, JsonNode mariadb, List<String> notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String[] key : new String[][] {{"engine", "engine"}, {"charset", "charset"}, {"collation", "collate"}}) {
            String my = option(mysql, key[1]);
            String maria = option(mariadb, key[1]);
            if (my != null && maria != null && !my.equalsIgnoreCase(maria)) {
                notes.add("mariadb_" + key[1] + "='" + maria + "' differs from mysql_" + key[1] + "='" + my
                        + "': sqlbundle has one " + key[0] + " for both servers, the mysql_ value is written");
            } else if (my == null && maria != null) {
                notes.add("mariadb_" + key[1] + "='" + maria + "' has no mysql_ twin: sqlbundle has one " + key[0]
                        + " for both servers, so MySQL gets it too");
            }
            String value = my != null ? my : maria;
            if (value != null) {
                out.put(key[0], value);
            }
        }
        Set<String> known = Set.of("engine", "charset", "default_charset", "collate");
        Map<String, JsonNode> byPrefix = new LinkedHashMap<>();
        byPrefix.put("mysql_", mysql);
        byPrefix.put("mariadb_", mariadb);
        byPrefix.forEach((prefix, options) -> options.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey())) {
                notes.add(prefix + e.getKey() + "='" + e.getValue().asText() + "' not imported: sqlbundle's "
                        + "table options are engine, charset and collation");
            }
        }));
        return out.isEmpty() ? null : out;
    }

    private static String option(JsonNode o, String key) {
        String value = text(o.path(key));
        return value == null && key.equals("charset") ? text(o.path("default_charset")) : value;
    }

    private static boolean hasUnique(JsonNode t, JsonNode column) {
        for (JsonNode k : t.path("constraints")) {
            if (k.path("kind").asText().equals("UniqueConstraint")
                    && strings(k.path("columns")).equals(List.of(column.path("name").asText()))) {
                return true;
            }
        }
        return false;
    }

    static Object[] flatten(String key, Object value, Map<String, Object> rest) {
        List<Object> out = new ArrayList<>(List.of(key, value));
        rest.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        return out.toArray();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    /** A one-column unique constraint as the reader would describe it. */
    private record ObjectList(String column) {
        JsonNode node() {
            var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
            var n = f.objectNode();
            n.putArray("columns").add(column);
            return n;
        }
    }
}
