package org.sqlbundle.verifier.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.model.PortableType;
import org.sqlbundle.compiler.model.PortableType.Kind;
import org.sqlbundle.compiler.render.Dialect;

/**
 * A column type as a dialect's snapshot reader prints it, mapped back to the portable type: the reverse of the
 * verifier's {@code *Projection} classes. Where several portable types print alike (SQLite's integer, H2's
 * timestamp) the broadest common choice is made here; a column the model already had keeps the model's type
 * whenever that still prints the same (see {@link LiveSchema}).
 */
final class PortableTypes {

    private static final Pattern SIZED = Pattern.compile("([a-z ]+)\\((\\d+)(?:,(\\d+))?\\)");
    private static final Pattern INLINE_ENUM = Pattern.compile("enum\\((.*)\\)");
    /** What H2 reports as the length of a varchar without one. */
    private static final String H2_UNBOUNDED = "1000000000";

    private PortableTypes() {
    }

    /** The portable type of {@code type}, or empty when there is none; inline enums are read by {@link #inlineEnumLabels}. */
    static Optional<PortableType> of(Dialect dialect, String type, Set<String> enumTypes) {
        if (dialect == Dialect.POSTGRESQL && enumTypes.contains(unquoted(type))) {
            return Optional.of(new PortableType(Kind.ENUM, 0, 0, unquoted(type)));
        }
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            return sized(dialect, sized.group(1), sized.group(2), sized.group(3));
        }
        return plain(dialect, type).map(PortableType::of);
    }

    /** The labels of a MySQL/H2 {@code enum('a','b')} column type, in order. */
    static Optional<List<String>> inlineEnumLabels(String type) {
        Matcher m = INLINE_ENUM.matcher(type);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        String body = m.group(1);
        int i = 0;
        while (i < body.length()) {
            if (body.charAt(i) != '\'') {
                return Optional.empty();
            }
            StringBuilder label = new StringBuilder();
            int j = i + 1;
            while (true) {
                if (j >= body.length()) {
                    return Optional.empty();
                }
                char c = body.charAt(j);
                if (c == '\'' && j + 1 < body.length() && body.charAt(j + 1) == '\'') {
                    label.append('\'');
                    j += 2;
                } else if (c == '\'') {
                    break;
                } else {
                    label.append(c);
                    j++;
                }
            }
            labels.add(label.toString());
            i = j + 1;
            if (i < body.length() && body.charAt(i) == ',') {
                i++;
            }
        }
        return labels.isEmpty() ? Optional.empty() : Optional.of(labels);
    }

    private static Optional<PortableType> sized(Dialect dialect, String name, String first, String second) {
        int n = Integer.parseInt(first);
        int scale = second == null ? 0 : Integer.parseInt(second);
        switch (name) {
            case "character varying", "varchar":
                if (dialect == Dialect.H2 && first.equals(H2_UNBOUNDED)) {
                    return Optional.of(PortableType.of(Kind.TEXT));
                }
                return n >= 1 && n <= 65535 && second == null
                        ? Optional.of(new PortableType(Kind.STRING, n, 0, "")) : Optional.empty();
            case "numeric", "decimal":
                return n >= 1 && n <= 65 && scale <= n
                        ? Optional.of(new PortableType(Kind.DECIMAL, n, scale, "")) : Optional.empty();
            case "tinyint":
                // MySQL's boolean; other tinyint widths have no portable type
                return mysqlFamily(dialect) && n == 1 && second == null
                        ? Optional.of(PortableType.of(Kind.BOOLEAN)) : Optional.empty();
            case "int", "bigint", "smallint":
                // MariaDB and MySQL 5 print a display width, which changes nothing
                return mysqlFamily(dialect) && second == null ? plain(dialect, name).map(PortableType::of)
                        : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static Optional<Kind> plain(Dialect dialect, String type) {
        return Optional.ofNullable(switch (type) {
            case "integer", "int", "int4" -> Kind.INTEGER;
            case "bigint", "int8" -> Kind.BIGINT;
            case "smallint", "int2" -> Kind.SMALLINT;
            case "boolean", "bool" -> Kind.BOOLEAN;
            case "text", "longtext", "mediumtext", "clob", "character large object" -> Kind.TEXT;
            case "character varying" -> dialect == Dialect.POSTGRESQL ? Kind.TEXT : null;
            case "date" -> Kind.DATE;
            case "datetime", "timestamp without time zone" -> Kind.DATETIME;
            // H2 prints datetime and timestamp alike; SQLite and MySQL keep them apart
            case "timestamp" -> dialect == Dialect.H2 ? Kind.DATETIME : Kind.TIMESTAMP;
            case "real" -> dialect == Dialect.SQLITE ? Kind.DOUBLE : Kind.FLOAT;
            case "float" -> Kind.FLOAT;
            case "double", "double precision" -> Kind.DOUBLE;
            case "bytea", "blob", "longblob", "mediumblob", "binary large object" -> Kind.BINARY;
            case "json", "jsonb" -> Kind.JSON;
            default -> null;
        });
    }

    static boolean mysqlFamily(Dialect dialect) {
        return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    }

    private static String unquoted(String type) {
        return type.startsWith("\"") && type.endsWith("\"") && type.length() > 1
                ? type.substring(1, type.length() - 1).replace("\"\"", "\"") : type;
    }
}
