package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.Target;

class EmbeddedPostgresSnapshotReaderTest extends SnapshotReaderContract {

    private static EmbeddedPostgresTarget target;

    @BeforeAll
    static void open() {
        target = EmbeddedPostgresTarget.start();
    }

    @AfterAll
    static void close() {
        target.close();
    }

    @Override
    Target target() {
        return target;
    }

    @Override
    void empty(Connection c) throws SQLException {
        PostgresSchemaReset.empty(c);
    }

    @Override
    String dialectObjects() {
        return PostgresSchemaReset.ENUM;
    }

    @Test
    void enumTypeAndItsLabelsAreRead() throws SQLException {
        assertEquals(new EnumSnapshot("pool_state", List.of("up", "down", "draining")),
                snapshotOf(SCHEMA).enums().get("pool_state"));
    }

    @Test
    void primaryKeyNameIsKept() throws SQLException {
        assertEquals(Optional.of("pk_pools"), snapshotOf(SCHEMA).tables().get("pools").primaryKey().orElseThrow().name());
    }

    @Test
    void leftoverEnumIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA + "CREATE TYPE leftover_state AS ENUM ('a', 'b');\n", "enum leftover_state");
    }
}
