package org.sqlbundle.compiler.internal.render.sqlite;

import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.quote;
import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.string;

import java.util.List;
import java.util.Optional;

/** The bundle's bookkeeping on SQLite: the version table, the guard before a range, the stamp after it. */
final class SqliteVersionTable {

    private static final String COLUMN = quote("version_num");

    private SqliteVersionTable() {
    }

    static List<String> create(String table) {
        return List.of("CREATE TABLE IF NOT EXISTS " + quote(table) + " (" + COLUMN + " VARCHAR(32) NOT NULL PRIMARY KEY)");
    }

    static List<String> guard(String table, Optional<String> expected) {
        String t = quote(table);
        if (expected.isEmpty()) {
            return SqliteAbort.unless("NOT EXISTS (SELECT 1 FROM " + t + ")",
                    "sqlbundle guard: database is not at base: version table " + table + " is not empty");
        }
        String v = expected.get();
        return SqliteAbort.unless("(SELECT count(*) FROM " + t + ") = 1 AND EXISTS (SELECT 1 FROM " + t + " WHERE "
                        + COLUMN + " = " + string(v) + ")",
                "sqlbundle guard: database is not at version " + v);
    }

    static List<String> stamp(String table, Optional<String> from, Optional<String> to) {
        String t = quote(table);
        if (from.isEmpty() && to.isEmpty()) {
            return List.of();
        }
        if (from.isEmpty()) {
            return List.of("INSERT INTO " + t + " (" + COLUMN + ") VALUES (" + string(to.get()) + ")");
        }
        if (to.isEmpty()) {
            return List.of("DELETE FROM " + t + " WHERE " + COLUMN + " = " + string(from.get()));
        }
        return List.of("UPDATE " + t + " SET " + COLUMN + " = " + string(to.get()) + " WHERE " + COLUMN + " = "
                + string(from.get()));
    }

    static List<String> createHistory(String table) {
        return List.of("CREATE TABLE IF NOT EXISTS " + quote(table) + " (\"revision\" VARCHAR(32) NOT NULL PRIMARY KEY, "
                + "\"checksum\" VARCHAR(64) NOT NULL, \"state\" VARCHAR(16) NOT NULL)");
    }

    /** changes() still counts the statement's rows while the check's INSERT evaluates its SELECT. */
    static List<String> requireOneRow(String statement, String message) {
        List<String> out = new java.util.ArrayList<>();
        out.add(statement);
        out.addAll(SqliteAbort.unless("changes() = 1", message));
        return out;
    }

    /** A CHECK constraint's name can't be computed: the message says how to list the unfinished rows. */
    static List<String> historyGuard(String table, String message) {
        String unfinished = "SELECT * FROM " + quote(table) + " WHERE \"state\" <> 'applied'";
        return SqliteAbort.unless("NOT EXISTS (" + unfinished + ")", message + "see " + unfinished);
    }
}
