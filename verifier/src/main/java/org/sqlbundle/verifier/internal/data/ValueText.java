package org.sqlbundle.verifier.internal.data;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import org.sqlbundle.compiler.internal.model.PortableType;

/**
 * Canonical text of a value, so one value compares equal whatever the dialect or a widening type change
 * made of it: numbers without trailing zeros (12.50 = 12.5), booleans true/false (1/0, t/f), date-times
 * {@code yyyy-MM-dd HH:mm:ss} without zero fractions or zone, JSON without whitespace, binary as hex.
 */
final class ValueText {

    private ValueText() {
    }

    /** The column's value in the current row, read as its current type; null for SQL NULL. */
    static String read(ResultSet rs, int index, PortableType type) throws SQLException {
        if (type.kind() == PortableType.Kind.BINARY) {
            byte[] b = rs.getBytes(index);
            return b == null ? null : HexFormat.of().formatHex(b);
        }
        String s = rs.getString(index);
        if (s == null) {
            return null;
        }
        return switch (type.kind()) {
            case INTEGER, BIGINT, SMALLINT, DECIMAL, FLOAT, DOUBLE -> numberOrText(s);
            case BOOLEAN -> bool(s);
            case DATETIME, TIMESTAMP, DATE -> dateTime(s);
            case JSON -> s.replaceAll("\\s+", "");
            default -> s;
        };
    }

    static String number(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String numberOrText(String s) {
        try {
            return number(new BigDecimal(s.trim()));
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private static String bool(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "1", "t", "true", "y", "yes" -> "true";
            case "0", "f", "false", "n", "no" -> "false";
            default -> s;
        };
    }

    /** 2001-02-03T04:05:06.000+00 -> 2001-02-03 04:05:06; a date stays a date. */
    static String dateTime(String s) {
        String t = s.trim().replace('T', ' ');
        if (t.length() <= 10) {
            return t;
        }
        t = t.replaceFirst("(Z|[+-]\\d\\d(:?\\d\\d)?)$", "");
        t = t.replaceFirst("\\.0*$", "");
        t = t.replaceFirst("(\\.\\d*?)0+$", "$1");
        // LocalDateTime.toString drops zero seconds: 04:05 -> 04:05:00
        if (t.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d")) {
            t = t + ":00";
        }
        return t;
    }
}
