package org.sqlbundle.compiler.render.sqlite;

import org.sqlbundle.compiler.model.PortableType;

/**
 * Portable types as SQLite declares them. SQLite stores values by type affinity, not by declared type, so
 * the names are chosen for the affinity they give and for readability of the schema.
 */
final class SqliteTypes {

    private SqliteTypes() {
    }

    static String of(PortableType type) {
        return switch (type.kind()) {
            // every integer width is stored the same way (up to 8 bytes), and only the exact spelling
            // INTEGER makes a single-column primary key the rowid alias that AUTOINCREMENT requires
            case INTEGER, BIGINT, SMALLINT -> "INTEGER";
            case BOOLEAN -> "BOOLEAN";
            // VARCHAR(n) has TEXT affinity; SQLite does not enforce n, but keeps it in the schema for readers
            case STRING -> "VARCHAR(" + type.length() + ")";
            case TEXT, JSON, ENUM -> "TEXT";
            case DATE -> "DATE";
            case DATETIME -> "DATETIME";
            case TIMESTAMP -> "TIMESTAMP";
            case DECIMAL -> type.scale() == 0 ? "NUMERIC(" + type.length() + ")"
                    : "NUMERIC(" + type.length() + "," + type.scale() + ")";
            case FLOAT, DOUBLE -> "REAL";
            case BINARY -> "BLOB";
        };
    }
}
