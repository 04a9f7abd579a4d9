package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.sql.SQLException;

/** Empties a PostgreSQL database between scenarios (embedded and container tests share it). */
final class PostgresSchemaReset {

    static final String ENUM = "CREATE TYPE pool_state AS ENUM ('up', 'down', 'draining');\n";

    private PostgresSchemaReset() {
    }

    static void empty(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
