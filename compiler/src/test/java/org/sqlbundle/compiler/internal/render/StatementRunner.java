package org.sqlbundle.compiler.internal.render;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs rendered statements one by one over JDBC, the way a client runs a script: stop at the first error. */
public final class StatementRunner {

    private StatementRunner() {
    }

    public static void run(Connection c, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new SQLException(e.getMessage() + "\n  while running: " + sql, e.getSQLState(), e);
            }
        }
    }

    /** The first column of every row of {@code sql}, as text. */
    public static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
