package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's type (as the reader describes it) -> a portable type, with a note wherever that is not exact. */
final class TypeMapper {

    /** The portable type and what was approximated on the way (empty when exact). */
    record Mapped(String type, List<String> notes) {
    }

    /** An Enum without a name: Alembic's PostgreSQL output fails on it too, so it is refused, not guessed. */
    static final class UnnamedEnum extends RuntimeException {
        UnnamedEnum(String values) {
            super("an Enum(" + values + ") without name=: PostgreSQL needs a type name (Alembic fails there too)");
        }
    }

    private TypeMapper() {
    }

    static Mapped map(JsonNode t) {
        List<String> notes = new ArrayList<>();
        String cls = t.path("class").asText();
        List<String> generic = new ArrayList<>();
        generic.add(cls);
        t.path("generic").forEach(g -> generic.add(g.asText()));
        if (t.path("uninstantiated").asBoolean()) {
            notes.add("sa." + cls + " without () read as sa." + cls + "()");
        }
        String type = portable(t, generic, notes);
        return new Mapped(type, notes);
    }

    private static String portable(JsonNode t, List<String> generic, List<String> notes) {
        for (String g : generic) {
            String upper = g.toUpperCase(java.util.Locale.ROOT);
            switch (upper) {
                case "ENUM" -> {
                    if (t.has("native_enum") && !t.path("native_enum").asBoolean()) {
                        return nonNativeEnum(t, notes);
                    }
                    if (!t.hasNonNull("name")) {
                        throw new UnnamedEnum(t.path("values").toString());
                    }
                    return "enum(" + t.path("name").asText() + ")";
                }
                case "BIGINTEGER", "BIGINT" -> {
                    return width("bigint", t, notes);
                }
                case "SMALLINTEGER", "SMALLINT", "TINYINT" -> {
                    return width("smallint", t, notes);
                }
                case "INTEGER", "INT" -> {
                    return width("integer", t, notes);
                }
                case "BOOLEAN" -> {
                    return "boolean";
                }
                case "TEXT", "UNICODETEXT", "CLOB" -> {
                    return boundedText(g, t, notes);
                }
                case "TINYTEXT" -> {
                    return "text(255)";
                }
                case "MEDIUMTEXT" -> {
                    return "text(16777215)";
                }
                case "LONGTEXT" -> {
                    return "text";
                }
                case "STRING", "UNICODE", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR" -> {
                    if (!t.hasNonNull("length")) {
                        notes.add("String() without a length written as text");
                        return "text";
                    }
                    if (upper.contains("CHAR") && !upper.contains("VAR")) {
                        notes.add(g + "(" + t.path("length").asInt() + ") is fixed-length; written as string(n)");
                    }
                    return "string(" + t.path("length").asInt() + ")";
                }
                case "TIMESTAMP" -> {
                    return "timestamp";
                }
                case "DATETIME" -> {
                    return "datetime";
                }
                case "DATE" -> {
                    return "date";
                }
                case "NUMERIC", "DECIMAL" -> {
                    if (!t.hasNonNull("precision")) {
                        // MySQL's default for DECIMAL without arguments; PostgreSQL's unbounded numeric has no match
                        notes.add(g + "() without precision written as decimal(10,0), MySQL's default");
                        return "decimal(10,0)";
                    }
                    int s = t.path("scale").asInt(0);
                    return s == 0 ? "decimal(" + t.path("precision").asInt() + ")"
                            : "decimal(" + t.path("precision").asInt() + "," + s + ")";
                }
                case "FLOAT", "REAL" -> {
                    notes.add(g + " is 'FLOAT' (double precision) on PostgreSQL and single precision on MySQL; "
                            + "written as float");
                    return "float";
                }
                case "DOUBLE", "DOUBLE_PRECISION" -> {
                    return "double";
                }
                case "LARGEBINARY", "BLOB", "BINARY", "VARBINARY", "_BINARY" -> {
                    return "binary";
                }
                case "JSON", "JSONB" -> {
                    return "json";
                }
                default -> {
                    // look further up the class hierarchy
                }
            }
        }
        notes.add("type " + t.path("class").asText() + " (PostgreSQL " + t.path("rendered").path("postgresql")
                .asText() + ") has no portable type; written as text");
        return "text";
    }

    /** Enum(native_enum=False) is a VARCHAR of the longest label on every server (no CREATE TYPE, no name needed),
     *  plus a CHECK of the labels only with create_constraint=True, which the reader passes as the table's check. */
    private static String nonNativeEnum(JsonNode t, List<String> notes) {
        int length = t.path("length").asInt(0);
        for (JsonNode v : t.path("values")) {
            length = Math.max(length, v.asText().length());
        }
        notes.add("Enum(" + String.join(", ", TableMapper.strings(t.path("values"))) + ", native_enum=False) is "
                + "VARCHAR(" + length + ") in Alembic's output; written as string(" + length + ")"
                + (t.path("create_constraint").asBoolean() ? " with its CHECK of the labels" : " (no CHECK: "
                + "create_constraint=False, SQLAlchemy 1.4's default)"));
        return "string(" + length + ")";
    }

    /**
     * Text() is MySQL's TEXT (64 KB), unbounded elsewhere: text(65535) says both. Text(n) is MySQL's TEXT(n), for
     * which the server picks the smallest text type holding n characters of the table's charset.
     */
    private static String boundedText(String g, JsonNode t, List<String> notes) {
        if (t.path("length").asInt(0) < 1) {
            return "text(65535)";
        }
        int n = t.path("length").asInt();
        notes.add(g + "(" + n + ") is TEXT(" + n + ") on MySQL, sized by the server in characters of the table's "
                + "charset; written as text(" + n + "), sized in bytes");
        return "text(" + n + ")";
    }

    private static String width(String type, JsonNode t, List<String> notes) {
        if (t.has("ignored_width")) {
            notes.add("display width " + t.path("ignored_width").asText() + " of " + t.path("class").asText()
                    + "(...) dropped: SQLAlchemy 1.4 refuses it and no server keeps it for " + type);
        }
        if (t.has("display_width")) {
            notes.add("MySQL display width " + t.path("display_width").asText() + " dropped");
        }
        return type;
    }
}
