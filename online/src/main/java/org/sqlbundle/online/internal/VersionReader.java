package org.sqlbundle.online.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.online.Database;

/**
 * Reads the version table's rows. A missing table is not an error: it is a database nobody has stamped yet
 * (base, or one to take over with {@code stamp}). The select is tried first; only when it fails is the table
 * looked up, so a permission problem on an existing table is still reported as what it is.
 */
public final class VersionReader {

    private final DialectRenderer renderer;
    private final String table;

    public VersionReader(DialectRenderer renderer, String table) {
        this.renderer = renderer;
        this.table = table;
    }

    /** What the table holds, or {@link VersionRows#absent()} when there is no table. */
    public VersionRows read(Connection connection, Database database) {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("select " + renderer.quote("version_num") + " from " + renderer.quote(table))) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
            return VersionRows.of(rows);
        } catch (SQLException e) {
            if (!tableExists(connection, database, renderer, table)) {
                return VersionRows.absent();
            }
            throw OnlineErrors.refused(database, "cannot read the version table " + table, e.getMessage(),
                    "the user needs the right to select from " + table);
        }
    }

    static boolean tableExists(Connection connection, Database database, DialectRenderer renderer, String table) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            // MySQL-family drivers list tables by catalog: the current database, not every one on the server
            String catalog = connection.getCatalog();
            // PostgreSQL: only the schema the unqualified select looked in
            String schema = renderer.dialect() == Dialect.POSTGRESQL ? connection.getSchema() : null;
            try (ResultSet r = meta.getTables(catalog, schema, table, new String[] {"TABLE"})) {
                return r.next();
            }
        } catch (SQLException e) {
            throw OnlineErrors.refused(database, "cannot look up the version table " + table, e.getMessage(),
                    "the user needs the right to read the database's catalog");
        }
    }
}
