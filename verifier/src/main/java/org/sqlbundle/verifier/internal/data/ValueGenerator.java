package org.sqlbundle.verifier.internal.data;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.sqlbundle.compiler.internal.model.PortableType;

/**
 * Deterministic values for row number {@code n} (a counter, unique per {@link DataRoundTrip} instance).
 * Key-like values (primary key, unique, locator) are unique per n and far from small hand-written keys.
 * Other numbers come from {@code small}, the column's own counter ({@link ColumnCounters}): unique in that
 * column across rows, seeds and tables, so a later unique constraint holds, yet small (a column gets two values
 * per seed), so later checks such as {@code weight <= 256} still hold.
 */
final class ValueGenerator {

    private static final LocalDateTime EPOCH = LocalDateTime.of(2001, 2, 3, 4, 5, 6);

    private ValueGenerator() {
    }

    static SeededValue value(PortableType type, String column, long n, long small, boolean keyLike,
                             List<String> enumLabels) {
        return value(type, column, n, small, keyLike, enumLabels, false);
    }

    /**
     * {@code wide}: a value that uses the type's whole width (a string of its full length, a number past the
     * narrower integer types, every integer digit of a decimal), so a column just widened holds data the old
     * type can't, and a downgrade that narrows it back must refuse or truncate it.
     */
    static SeededValue value(PortableType type, String column, long n, long small, boolean keyLike,
                             List<String> enumLabels, boolean wide) {
        // key-like integers are past the narrower types already (1,000,000,000+n, 5,000,000,000+n)
        if (wide && !(keyLike && type.isInteger())) {
            switch (type.kind()) {
                case STRING:
                    String text = fit("s" + n + "'" + column, n, type.length()); // still unique per n
                    return string(text + "w".repeat(Math.max(0, Math.min(type.length(), 4000) - text.length())));
                case INTEGER:
                    return number(BigDecimal.valueOf(40_000 + small));
                case BIGINT:
                    return number(BigDecimal.valueOf(3_000_000_000L + small));
                case DECIMAL:
                    int digits = Math.min(type.length() - type.scale(), 18);
                    return number(digits == 0 ? decimal(type, small)
                            : BigDecimal.TEN.pow(digits).subtract(BigDecimal.valueOf(small % 1000 + 1))
                                    .add(decimal(type, 0)));
                default:
                    break;
            }
        }
        return switch (type.kind()) {
            case INTEGER, BIGINT, SMALLINT -> number(integer(type, n, small, keyLike));
            case BOOLEAN -> new SeededValue(n % 2 == 0, Boolean.toString(n % 2 == 0));
            case STRING -> string(fit("s" + n + "'" + column, n, type.length()));
            // long on purpose: a later text -> string(n) change shows as truncation
            case TEXT -> string(type.length() == 0 ? "t" + n + "'" + column + " " + "x".repeat(300)
                    // a bounded text counts bytes (utf8mb4: up to 4 a character); the seed is ASCII
                    : fit("t" + n + "'" + column + " " + "x".repeat(300), n, Math.min(type.length(), 4000)));
            case DATE -> new SeededValue(EPOCH.toLocalDate().plusDays(n), EPOCH.toLocalDate().plusDays(n).toString());
            case DATETIME, TIMESTAMP -> dateTime(EPOCH.plusDays(n).plusSeconds(n % 50));
            case DECIMAL -> number(decimal(type, small));
            // .5 is exact in binary, so float/double compare exactly; a later change to integer shows
            case FLOAT, DOUBLE -> number(BigDecimal.valueOf(small % 1_000_000).add(new BigDecimal("0.5")));
            case BINARY -> bytes(new byte[] {0, 1, (byte) n, (byte) (n >> 8), (byte) 0xFF, '\''});
            // one key: PostgreSQL jsonb and MySQL reorder keys
            case JSON -> string("{\"n\":" + n + "}");
            case ENUM -> string(enumLabels.get((int) (n % enumLabels.size())));
        };
    }

    private static BigDecimal integer(PortableType type, long n, long small, boolean keyLike) {
        if (!keyLike) {
            // wraps only past smallint's range, after 16,000 seeds of one column
            return BigDecimal.valueOf(type.kind() == PortableType.Kind.SMALLINT ? (small - 1) % 32_767 + 1 : small);
        }
        return BigDecimal.valueOf(switch (type.kind()) {
            case SMALLINT -> 30_000 + n % 2_700;
            case INTEGER -> 1_000_000_000 + n;
            default -> 5_000_000_000L + n;
        });
    }

    /** p,s decimal: an integer part that fits p-s digits and a fraction that uses the scale (lost if it shrinks). */
    private static BigDecimal decimal(PortableType type, long n) {
        int integerDigits = Math.min(type.length() - type.scale(), 9);
        BigDecimal whole = integerDigits == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(n % (long) Math.pow(10, integerDigits));
        String fraction = switch (Math.min(type.scale(), 3)) {
            case 0 -> "0";
            case 1 -> "0.5";
            case 2 -> "0.25";
            default -> "0.125";
        };
        return whole.add(new BigDecimal(fraction));
    }

    /** Fits the text into {@code length}; short columns get n in base 36, still unique per n. */
    private static String fit(String text, long n, int length) {
        if (text.length() <= length) {
            return text;
        }
        String compact = Long.toString(n, 36);
        return compact.length() <= length ? compact : compact.substring(compact.length() - length);
    }

    private static SeededValue number(BigDecimal v) {
        return new SeededValue(v, ValueText.number(v));
    }

    private static SeededValue string(String s) {
        return new SeededValue(s, s);
    }

    private static SeededValue dateTime(LocalDateTime t) {
        return new SeededValue(t, ValueText.dateTime(t.toString()));
    }

    private static SeededValue bytes(byte[] b) {
        return new SeededValue(b, HexFormat.of().formatHex(b));
    }
}
