package org.sqlbundle.compiler.internal.render.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.ExecutedRendererContract;
import org.sqlbundle.compiler.internal.render.StatementRunner;

/**
 * The shared renderer contract on an in-memory SQLite (the JDBC driver's, newer than 3.40; the sqlite3 client
 * runs the same ops in SqliteOpCellsTest). Foreign keys are not enforced, SQLite's default.
 */
class SqliteExecutedContractTest extends ExecutedRendererContract {

    private final SqliteRenderer renderer = new SqliteRenderer();

    @Override
    protected DialectRenderer renderer() {
        return renderer;
    }

    @Override
    protected Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @Override
    protected List<String> objects(Connection c) throws SQLException {
        return StatementRunner.column(c, "SELECT type || ' ' || name FROM sqlite_master "
                + "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    }

    @Override
    protected void assertForwardState(Connection c) throws SQLException {
        assertEquals(List.of("index ix_order_tenant", "table group", "table order"), objects(c));
        // enforcement is off, so deleting the group did not cascade to its order row
        assertEquals(List.of("10|it's ok|x\\y'z"), StatementRunner.column(c,
                "SELECT id || '|' || mood || '|' || remark FROM \"order\""));
        assertEquals(List.of("remark|VARCHAR(40)|1|'c''d'", "mood|TEXT|0|"), StatementRunner.column(c,
                "SELECT name || '|' || type || '|' || \"notnull\" || '|' || coalesce(dflt_value, '') "
                        + "FROM pragma_table_info('order') WHERE name IN ('remark', 'mood') ORDER BY name DESC"));
        assertEquals(List.of("group|tenant|tenant|CASCADE", "group|group_id|id|CASCADE"), StatementRunner.column(c,
                "SELECT \"table\" || '|' || \"from\" || '|' || \"to\" || '|' || on_delete "
                        + "FROM pragma_foreign_key_list('order') ORDER BY seq"));
    }
}
