package org.sqlbundle.compiler.internal.lint.rules;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.sqlbundle.compiler.Dialect;

/**
 * The longest identifier each dialect keeps: PostgreSQL 63 bytes (NAMEDATALEN - 1; longer names are cut
 * silently, so two long names can collide), MySQL and MariaDB 64 characters (longer names are an error),
 * H2 256 characters, SQLite no limit.
 */
final class IdentifierLimits {

    private IdentifierLimits() {
    }

    static OptionalInt limit(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> OptionalInt.of(63);
            case MYSQL, MARIADB -> OptionalInt.of(64);
            case H2 -> OptionalInt.of(256);
            case SQLITE -> OptionalInt.empty();
        };
    }

    /** The length the dialect measures: bytes of UTF-8 on PostgreSQL, characters elsewhere. */
    static int length(Dialect dialect, String name) {
        return dialect == Dialect.POSTGRESQL ? name.getBytes(StandardCharsets.UTF_8).length
                : name.codePointCount(0, name.length());
    }
}
