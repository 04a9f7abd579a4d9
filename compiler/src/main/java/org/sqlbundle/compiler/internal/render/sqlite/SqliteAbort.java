package org.sqlbundle.compiler.internal.render.sqlite;

import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.quote;

import java.util.List;

/**
 * Statements that stop a script unless a condition holds. SQLite has no IF or ASSERT, and RAISE() works
 * only inside triggers; instead a row is inserted into a TEMP table whose CHECK constraint is named after
 * the message: when the condition is false the INSERT fails with {@code CHECK constraint failed: <message>},
 * which stops {@code sqlite3 -bail} and throws through JDBC. Nothing outside the temp schema changes, and
 * no statement carries an inner semicolon, so any statement splitter keeps them whole.
 */
final class SqliteAbort {

    static final String TABLE = "_sqlbundle_check";

    private SqliteAbort() {
    }

    /** Stops the script with {@code message} unless the SQL boolean {@code condition} is true. */
    static List<String> unless(String condition, String message) {
        String temp = "temp." + quote(TABLE);
        return List.of(
                // a check left behind by a failed run on the same connection must not block this one
                "DROP TABLE IF EXISTS " + temp,
                "CREATE TEMP TABLE " + quote(TABLE) + " (\"ok\" INTEGER NOT NULL CONSTRAINT " + quote(message)
                        + " CHECK (\"ok\" = 1))",
                // CASE turns a NULL condition into a failure instead of a pass (CHECK lets NULL through)
                "INSERT INTO " + temp + " (\"ok\") SELECT CASE WHEN (" + condition + ") THEN 1 ELSE 0 END",
                "DROP TABLE " + temp);
    }
}
