package org.sqlbundle.online.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.History;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.online.Database;

/**
 * The history table's rows ({@link History}), read the way {@link VersionReader} reads the version table: a
 * missing table (a database stamped by Alembic or an older sqlbundle) is no rows; every script creates it.
 */
record HistoryRows(List<Row> rows) {

    record Row(String revision, String checksum, String state) {
        boolean finished() {
            return History.APPLIED.equals(state);
        }
    }

    HistoryRows {
        rows = List.copyOf(rows);
    }

    static HistoryRows read(Connection connection, Database database, DialectRenderer r, String versionTable) {
        String table = History.tableFor(versionTable);
        List<Row> rows = new ArrayList<>();
        String sql = "select " + r.quote("revision") + ", " + r.quote("checksum") + ", " + r.quote("state") + " from "
                + r.quote(table) + " order by " + r.quote("revision");
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return new HistoryRows(rows);
        } catch (SQLException e) {
            if (!VersionReader.tableExists(connection, database, r, table)) {
                return new HistoryRows(List.of());
            }
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "cannot read the history table "
                    + table + " of " + database.describe() + ": " + database.scrub(e.getMessage()), e);
        }
    }

    List<Row> unfinished() {
        return rows.stream().filter(row -> !row.finished()).toList();
    }
}
