package org.sqlbundle.verifier.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sqlbundle.verifier.target.H2Target;
import org.sqlbundle.verifier.target.Target;

class H2SnapshotReaderTest extends SnapshotReaderContract {

    private static H2Target target;

    @BeforeAll
    static void open() {
        target = H2Target.create();
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
        try (var s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
    }
}
