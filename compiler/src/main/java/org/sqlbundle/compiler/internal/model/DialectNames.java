package org.sqlbundle.compiler.internal.model;

import java.util.EnumMap;
import java.util.Map;
import org.sqlbundle.compiler.Dialect;

/**
 * A constraint's or index's name per dialect ({@code dialect_names:}) beside the name the chain knows it by: a
 * database built by Alembic carries the names each server gave unnamed constraints ({@code t_ibfk_1} on MySQL,
 * {@code t_col_fkey} on PostgreSQL), and a database built by sqlbundle must carry the same ones, or later drops
 * fail on one of them.
 */
public final class DialectNames {

    private DialectNames() {
    }

    /** An unmodifiable copy, in dialect order. */
    public static Map<Dialect, String> copy(Map<Dialect, String> names) {
        return names.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(names));
    }

    /** The name on {@code dialect}: its own when given, else the chain's. */
    public static String on(Map<Dialect, String> names, String name, Dialect dialect) {
        return names.getOrDefault(dialect, name);
    }
}
