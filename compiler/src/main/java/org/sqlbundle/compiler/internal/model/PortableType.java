package org.sqlbundle.compiler.internal.model;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type written once and rendered per dialect: {@code string(255)}, {@code decimal(10,2)},
 * {@code enum(lb_methods)}. {@code length} is the string length, decimal precision, or a bounded text's size in
 * bytes ({@code text(65535)}; 0: unbounded {@code text}); {@code scale} the decimal scale; {@code enumName} the
 * named enum type.
 */
public record PortableType(Kind kind, int length, int scale, String enumName) {

    public enum Kind {
        INTEGER, BIGINT, SMALLINT, BOOLEAN, STRING, TEXT, DATE, DATETIME, TIMESTAMP, DECIMAL, FLOAT, DOUBLE,
        BINARY, JSON, ENUM;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*([A-Za-z]+)\\s*(?:\\(\\s*([A-Za-z0-9_]+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

    public static final String SYNTAX_HINT = "portable types: integer, bigint, smallint, boolean, string(n), text, text(bytes), "
            + "date, datetime, timestamp, decimal(p,s), float, double, binary, blob, json, enum(type_name)";

    /** Parses the YAML form; throws IllegalArgumentException with a message fit for an error line. */
    public static PortableType parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a portable type");
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String arg = m.group(2);
        String arg2 = m.group(3);
        Kind kind = switch (name) {
            case "integer", "int" -> Kind.INTEGER;
            case "bigint" -> Kind.BIGINT;
            case "smallint" -> Kind.SMALLINT;
            case "boolean", "bool" -> Kind.BOOLEAN;
            case "string", "varchar" -> Kind.STRING;
            case "text" -> Kind.TEXT;
            case "date" -> Kind.DATE;
            case "datetime" -> Kind.DATETIME;
            case "timestamp" -> Kind.TIMESTAMP;
            case "decimal", "numeric" -> Kind.DECIMAL;
            case "float" -> Kind.FLOAT;
            case "double" -> Kind.DOUBLE;
            case "binary", "blob" -> Kind.BINARY;
            case "json" -> Kind.JSON;
            case "enum" -> Kind.ENUM;
            default -> throw new IllegalArgumentException("unknown type '" + name + "'");
        };
        switch (kind) {
            case STRING:
                if (arg == null || arg2 != null || !arg.chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException("string needs a length: string(n)");
                }
                int n = number(arg);
                if (n < 1 || n > 65535) {
                    throw new IllegalArgumentException("string length must be 1..65535, got " + n);
                }
                return new PortableType(kind, n, 0, "");
            case DECIMAL:
                if (arg == null || !arg.chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException("decimal needs a precision: decimal(p) or decimal(p,s)");
                }
                int p = number(arg);
                int s = arg2 == null ? 0 : number(arg2);
                if (p < 1 || p > 65 || s > p) {
                    throw new IllegalArgumentException("decimal(p,s) needs 1 <= p <= 65 and s <= p");
                }
                return new PortableType(kind, p, s, "");
            case TEXT:
                if (arg == null) {
                    return new PortableType(kind, 0, 0, "");
                }
                // a bound lets MySQL/MariaDB pick TINYTEXT/TEXT/MEDIUMTEXT (Alembic's sa.Text() is TEXT)
                if (arg2 != null || !arg.chars().allMatch(Character::isDigit) || number(arg) < 1
                        || number(arg) == Integer.MAX_VALUE && !arg.replaceFirst("^0+", "").equals("2147483647")) {
                    throw new IllegalArgumentException("text takes no size or one size in bytes: text or text(n), "
                            + "1 <= n <= " + Integer.MAX_VALUE);
                }
                return new PortableType(kind, number(arg), 0, "");
            case ENUM:
                if (arg == null || arg2 != null) {
                    throw new IllegalArgumentException("enum needs the name of a create_enum type: enum(type_name)");
                }
                return new PortableType(kind, 0, 0, arg);
            default:
                if (arg != null) {
                    throw new IllegalArgumentException(name + " takes no arguments");
                }
                return new PortableType(kind, 0, 0, "");
        }
    }

    /** Digits as an int; too many digits reads as "too large" so the range checks report it, not a NumberFormatException. */
    private static int number(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    public static PortableType of(Kind kind) {
        return new PortableType(kind, 0, 0, "");
    }

    public boolean isEnum() {
        return kind == Kind.ENUM;
    }

    public boolean isInteger() {
        return kind == Kind.INTEGER || kind == Kind.BIGINT || kind == Kind.SMALLINT;
    }

    /** True when converting a column from {@code this} to {@code to} can lose or reject existing data. */
    public boolean narrowsTo(PortableType to) {
        if (equals(to)) {
            return false;
        }
        if (kind == Kind.STRING && to.kind == Kind.STRING) {
            return to.length < length;
        }
        if (to.kind == Kind.TEXT && to.length > 0 && (kind == Kind.STRING || kind == Kind.TEXT)) {
            // a bounded text holds fewer bytes than an unbounded one or a larger bound
            return kind == Kind.TEXT && (length == 0 || to.length < length) || kind == Kind.STRING && to.length < length;
        }
        if ((kind == Kind.STRING || kind == Kind.TEXT) && to.kind == Kind.TEXT) {
            return false;
        }
        if (kind == Kind.DECIMAL && to.kind == Kind.DECIMAL) {
            return to.length - to.scale < length - scale || to.scale < scale;
        }
        if (isInteger() && to.isInteger()) {
            return rank(to.kind) < rank(kind);
        }
        if (isInteger() && (to.kind == Kind.STRING || to.kind == Kind.TEXT) && (to.length == 0 || to.length >= 20)) {
            return false;
        }
        if (kind == Kind.FLOAT && to.kind == Kind.DOUBLE) {
            return false;
        }
        return true;
    }

    private static int rank(Kind k) {
        return switch (k) {
            case SMALLINT -> 1;
            case INTEGER -> 2;
            default -> 3;
        };
    }

    public OptionalInt stringLength() {
        return kind == Kind.STRING ? OptionalInt.of(length) : OptionalInt.empty();
    }

    /** The YAML spelling, used in bundle comments and error messages. */
    @Override
    public String toString() {
        return switch (kind) {
            case STRING -> "string(" + length + ")";
            case DECIMAL -> scale == 0 ? "decimal(" + length + ")" : "decimal(" + length + "," + scale + ")";
            case ENUM -> "enum(" + enumName + ")";
            case TEXT -> length == 0 ? "text" : "text(" + length + ")";
            default -> kind.yamlName();
        };
    }
}
