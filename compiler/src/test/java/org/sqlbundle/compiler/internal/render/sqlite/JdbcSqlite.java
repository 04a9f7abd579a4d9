package org.sqlbundle.compiler.internal.render.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: one SQLite database file opened through the xerial JDBC driver, statement by statement. */
final class JdbcSqlite implements AutoCloseable {

    private final Connection connection;

    JdbcSqlite(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    void execute(List<String> statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    void execute(String... statements) throws SQLException {
        execute(List.of(statements));
    }

    /** Runs {@code statements} in one transaction, as a bundle runs a revision; rolls back if one fails. */
    void inTransaction(List<String> statements) throws SQLException {
        execute("BEGIN");
        try {
            execute(statements);
        } catch (SQLException e) {
            execute("ROLLBACK");
            throw e;
        }
        execute("COMMIT");
    }

    /** The rows of a query, each as its columns joined with '|', like the sqlite3 client prints them. */
    List<String> rows(String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    cells.add(v == null ? "" : v);
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    String single(String query) throws SQLException {
        return String.join("\n", rows(query));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
