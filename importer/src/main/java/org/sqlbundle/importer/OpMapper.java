package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One recorded Alembic call -> the sqlbundle ops that do the same, with notes on what is not exact. */
final class OpMapper {

    /** What one call became: its ops (empty when not imported), the notes, and why not imported if so. */
    record Mapped(List<YamlOp> ops, List<String> notes, String refused) {
    }

    private final ServerNames names;
    private final TableMapper tables;
    private final Set<String> enums;

    OpMapper(ServerNames names, Set<String> enums) {
        this.names = names;
        this.enums = enums;
        this.tables = new TableMapper(names, enums);
    }

    Mapped map(JsonNode op) {
        List<String> notes = new ArrayList<>();
        String origin = op.path("file").asText() + ":" + op.path("line").asInt();
        JsonNode a = op.path("args");
        if (op.path("batch").asBoolean()) {
            notes.add("inside batch_alter_table: written as the plain op");
        }
        try {
            List<YamlOp> ops = ops(op.path("op").asText(), a, origin, notes);
            return new Mapped(ops, notes, null);
        } catch (TypeMapper.UnnamedEnum e) {
            return new Mapped(List.of(), notes, e.getMessage() + "; hint: add name='...' to the Enum");
        } catch (NotImported e) {
            return new Mapped(List.of(), notes, e.getMessage());
        }
    }

    private List<YamlOp> ops(String name, JsonNode a, String origin, List<String> notes) {
        String table = a.path("table_name").asText(null);
        switch (name) {
            case "create_table":
                return tables.createTable(a.path("table"), origin, notes);
            case "add_column":
                return tables.addColumn(a.path("table"), origin, notes);
            case "drop_table":
                names.droppedTable(table);
                return List.of(YamlOp.of("drop_table", origin, "name", table));
            case "drop_column":
                return List.of(YamlOp.of("drop_column", origin, "table", table, "name", a.path("column_name").asText()));
            case "rename_table":
                names.renamed(a.path("old_table_name").asText(), a.path("new_table_name").asText());
                return List.of(YamlOp.of("rename_table", origin, "name", a.path("old_table_name").asText(), "to",
                        a.path("new_table_name").asText()));
            case "alter_column": {
                List<YamlOp> labels = EnumValueChanges.of(a.path("type_").path("type"),
                        a.path("existing_type").path("type"), origin);
                if (labels == null) {
                    return List.of(alterColumn(a, table, origin, notes));
                }
                // the labels change, the column's type stays: alter_column only for what else changes
                List<YamlOp> out = new ArrayList<>(labels);
                YamlOp rest = alterColumn(a, table, origin, notes);
                rest.body().remove("type");
                if (rest.body().size() > 2) {
                    out.add(rest);
                }
                return out;
            }
            case "create_index":
                return List.of(createIndex(a, table, origin));
            case "drop_index":
                return List.of(YamlOp.of("drop_index", origin, "name", a.path("index_name").asText()));
            case "create_foreign_key": {
                var fk = new LinkedHashMap<String, Object>();
                var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                node.set("name", a.path("constraint_name"));
                node.set("columns", a.path("local_cols"));
                var refs = node.putArray("refs");
                a.path("remote_cols").forEach(c -> refs.add(a.path("referent_table").asText() + "." + c.asText()));
                node.set("ondelete", a.path("ondelete"));
                node.set("onupdate", a.path("onupdate"));
                fk.putAll(tables.foreignKey(a.path("source_table").asText(), node));
                return List.of(YamlOp.of("add_foreign_key", origin, TableMapper.flatten("table",
                        a.path("source_table").asText(), fk)));
            }
            case "create_unique_constraint":
                return List.of(YamlOp.of("add_unique", origin, TableMapper.flatten("table", table,
                        tables.unique(table, constraint(a, a.path("columns"), null)))));
            case "create_check_constraint":
                return List.of(YamlOp.of("add_check", origin, TableMapper.flatten("table", table,
                        tables.check(table, constraint(a, null, sql(a.path("condition")))))));
            case "create_primary_key":
                return List.of(createPrimaryKey(a, table, origin));
            case "drop_constraint": {
                String given = a.path("constraint_name").asText();
                String identity = names.identity(table, given);
                if (!identity.equals(given)) {
                    notes.add("'" + given + "' is the name one server chose; the chain calls that constraint '"
                            + identity + "' and drops it by that name on every dialect");
                }
                names.dropped(table, identity);
                return List.of(YamlOp.of("drop_constraint", origin, "table", table, "name", identity));
            }
            case "create_enum": {
                // sa.Enum(name=...).create(op.get_bind()): a later create_table with that enum must not create it again
                String enumName = a.path("name").asText();
                enums.add(enumName);
                if (a.path("checkfirst").asBoolean()) {
                    notes.add("checkfirst=True (create only if missing) written as an unconditional create_enum");
                }
                return List.of(YamlOp.of("create_enum", origin, "name", enumName, "values",
                        TableMapper.strings(a.path("values"))));
            }
            case "drop_enum": {
                String enumName = a.path("name").asText();
                enums.remove(enumName);
                if (a.path("checkfirst").asBoolean()) {
                    notes.add("checkfirst=True (drop only if present) written as an unconditional drop_enum");
                }
                return List.of(YamlOp.of("drop_enum", origin, "name", enumName));
            }
            case "execute": {
                YamlOp view = ViewSql.of(sql(a.path("sqltext")), origin);
                YamlOp op = view != null ? view : YamlOp.of("sql", origin, "sql", sql(a.path("sqltext")));
                return List.of(withH2Variant(op, notes));
            }
            case "bulk_insert":
                return List.of(YamlOp.of("insert", origin, "table", table, "rows", rows(a.path("rows"))));
            default:
                throw new NotImported("op." + name + "() has no sqlbundle op");
        }
    }

    /**
     * A sql or create_view op whose SQL names things unquoted gets an {@code h2:} variant with them quoted, since H2
     * folds unquoted names to upper case and the bundles create them as written; where none can be made, the note
     * says so, and {@code lint} (L011) names the op.
     */
    private static YamlOp withH2Variant(YamlOp op, List<String> notes) {
        Object sql = op.body().get("sql");
        if (!(sql instanceof String text)) {
            return op;
        }
        H2Variant.Result h2 = H2Variant.of(text);
        if (h2.sql() != null) {
            op.body().put("dialects", YamlOp.ordered("h2", h2.sql()));
            notes.add("h2: names quoted as PostgreSQL reads them (H2 folds unquoted names to upper case): "
                    + String.join(", ", h2.quoted()));
        } else if (h2.missing() != null) {
            notes.add("no h2 variant: " + h2.missing() + "; on H2 its unquoted names fold to upper case and miss the "
                    + "tables the bundles create quoted: write a 'dialects: {h2: ...}' variant with the names quoted");
        }
        return op;
    }

    private YamlOp alterColumn(JsonNode a, String table, String origin, List<String> notes) {
        String column = a.path("column_name").asText();
        Object type = null;
        if (a.path("type_").has("type")) {
            TypeMapper.Mapped t = TypeMapper.map(a.path("type_").path("type"));
            t.notes().forEach(n -> notes.add(column + ": " + n));
            type = t.type();
        }
        Object nullable = a.path("nullable").isBoolean() ? a.path("nullable").asBoolean() : null;
        LinkedHashMap<String, Object> body = new LinkedHashMap<>();
        body.put("table", table);
        body.put("name", column);
        if (type != null) {
            body.put("type", type);
        }
        if (nullable != null) {
            body.put("nullable", nullable);
        }
        JsonNode d = a.path("server_default");
        if (d.isNull()) {
            body.put("default", null);
        } else if (!d.isBoolean() && !d.isMissingNode()) {
            String known = type != null ? type.toString() : existingType(a, notes);
            var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.put("text", sql(d));
            node.put("clause", !d.isTextual());
            Object lit = TableMapper.literal(node, known, notes, column);
            if (lit != null) {
                body.put("default", lit);
            }
        }
        if (a.hasNonNull("new_column_name")) {
            body.put("rename_to", a.path("new_column_name").asText());
        }
        if (a.path("comment").isTextual()) {
            notes.add(column + ": comment change not imported (alter_column has no comment field)");
        }
        return new YamlOp("alter_column", body, origin, List.of());
    }

    private static String existingType(JsonNode a, List<String> notes) {
        if (a.path("existing_type").has("type")) {
            return TypeMapper.map(a.path("existing_type").path("type")).type();
        }
        return "text";
    }

    private YamlOp createIndex(JsonNode a, String table, String origin) {
        List<String> columns = new ArrayList<>();
        for (JsonNode c : a.path("columns")) {
            if (!c.isTextual()) {
                throw new NotImported("an index on an expression (" + c + ") has no sqlbundle form");
            }
            columns.add(c.asText());
        }
        names.taken(table, a.path("index_name").asText());
        return YamlOp.of("create_index", origin, "name", a.path("index_name").asText(), "table", table, "columns",
                columns, "unique", a.path("unique").asBoolean() ? Boolean.TRUE : null);
    }

    private YamlOp createPrimaryKey(JsonNode a, String table, String origin) {
        Map<String, Object> pk = tables.primaryKey(table, a.hasNonNull("constraint_name")
                ? a.path("constraint_name").asText() : null);
        pk.put("columns", TableMapper.strings(a.path("columns")));
        return YamlOp.of("create_primary_key", origin, TableMapper.flatten("table", table, pk));
    }

    private static JsonNode constraint(JsonNode a, JsonNode columns, String sqltext) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.set("name", a.path("constraint_name"));
        node.set("columns", columns == null ? node.arrayNode() : columns);
        if (sqltext != null) {
            node.put("sqltext", sqltext);
        }
        return node;
    }

    /** A string, or the SQL the reader compiled from a SQLAlchemy construct. */
    static String sql(JsonNode v) {
        return v.isTextual() ? v.asText() : v.path("sql").asText(v.toString());
    }

    private static List<Object> rows(JsonNode rows) {
        List<Object> out = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            row.fields().forEachRemaining(e -> r.put(e.getKey(), value(e.getValue())));
            out.add(r);
        }
        return out;
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.has("literal")) {
            return v.path("literal").asText();
        }
        throw new NotImported("a row value " + v + " has no literal form");
    }

    /** The call has no sqlbundle equivalent: it stays in the file as a comment and the report names it. */
    static final class NotImported extends RuntimeException {
        NotImported(String message) {
            super(message);
        }
    }
}
