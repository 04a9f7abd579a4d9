package org.sqlbundle.verifier.internal.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * Whether a SQLite connection is, after a script, as a new connection would be, so that the next script may run on
 * it: a new connection re-reads the whole schema at its first statement, a cost that grows with the chain. SQLite has
 * no session reset, so every kind of state SQL can leave in a session is checked:
 * <ul>
 * <li>an open transaction or savepoint: {@code BEGIN} is refused inside one;</li>
 * <li>temporary tables, views, triggers and indexes: {@code sqlite_temp_master} is empty;</li>
 * <li>attached databases: {@code pragma_database_list} holds only main and temp;</li>
 * <li>PRAGMA settings: the script's PRAGMAs, found by the project's lexer (so a name, string or comment never
 *     counts), are all among {@link #READ_BACK}, and those read back as on a new connection;</li>
 * <li>the counters: the script names none of {@code total_changes()} and {@code last_insert_rowid()}, which a new
 *     connection starts at 0; {@code changes()} is set to 0 here, as a new connection has it.</li>
 * </ul>
 * Anything else, or any doubt, and the caller opens a new connection.
 */
final class SqliteSession {

    /** Per-connection flags a bundle may set (legacy_alter_table, around a table rebuild) that can be read back. */
    static final List<String> READ_BACK = List.of("legacy_alter_table", "foreign_keys", "defer_foreign_keys",
            "recursive_triggers", "ignore_check_constraints", "query_only", "writable_schema",
            "reverse_unordered_selects", "trusted_schema", "automatic_index", "cell_size_check");

    private static final Set<String> COUNTERS = Set.of("total_changes", "last_insert_rowid");
    private static final SqlLexer LEXER = SqlLexer.forDialect(Dialect.SQLITE);
    private static final String STATE = "SELECT (SELECT count(*) FROM sqlite_temp_master),"
            + " (SELECT count(*) FROM pragma_database_list WHERE name NOT IN ('main', 'temp')), "
            + String.join(" || ',' || ", READ_BACK.stream().map(p -> "(SELECT * FROM pragma_" + p + ")").toList());

    private SqliteSession() {
    }

    /** The flags of {@link #READ_BACK} as {@code c} holds them, comma-separated. */
    static String flags(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(STATE)) {
            r.next();
            return r.getString(3);
        }
    }

    /** True when {@code c}, after {@code script} ran on it, can serve as a new connection with {@code fresh} flags. */
    static boolean clean(Connection c, String script, String fresh) throws SQLException {
        if (!onlyReadBackSettings(script)) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            try {
                s.execute("BEGIN");
            } catch (SQLException insideATransaction) {
                return false;
            }
            // changes() is the last INSERT/UPDATE/DELETE's count: a DELETE matching nothing sets it to 0
            s.execute("CREATE TEMP TABLE \"_sqlbundle_session\" (x)");
            s.execute("DELETE FROM temp.\"_sqlbundle_session\"");
            s.execute("ROLLBACK");
            try (ResultSet r = s.executeQuery(STATE)) {
                r.next();
                return r.getInt(1) == 0 && r.getInt(2) == 0 && fresh.equals(r.getString(3));
            }
        }
    }

    /** No PRAGMA but those of {@link #READ_BACK}, and no counter a new connection would start at 0. */
    static boolean onlyReadBackSettings(String script) {
        SqlLexer.Cursor c = LEXER.cursor(script);
        // after PRAGMA: 1 = a name comes next; 2 = it came, unless a '.' makes it a schema; 3 = the name after the '.'
        int pragma = 0;
        String name = null;
        while (c.next()) {
            if (c.kind().isTrivia()) {
                continue;
            }
            String word = c.kind() == TokenKind.WORD ? c.text().toLowerCase(Locale.ROOT) : null;
            if (pragma == 1 || pragma == 3) {
                if (word == null || pragma == 3 && !READ_BACK.contains(word)) {
                    return false;
                }
                name = word;
                pragma = pragma == 1 ? 2 : 0;
                continue;
            }
            if (pragma == 2) {
                if (c.text().equals(".")) {
                    pragma = 3;
                    continue;
                }
                if (!READ_BACK.contains(name)) {
                    return false;
                }
                pragma = 0;
            }
            if (word != null && COUNTERS.contains(word)) {
                return false;
            }
            if ("pragma".equals(word)) {
                pragma = 1;
            }
        }
        return pragma == 0 || pragma == 2 && READ_BACK.contains(name);
    }
}
