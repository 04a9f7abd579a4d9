package org.sqlbundle.verifier.example;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.testing.RequiredClient;
import org.sqlbundle.verifier.example.ExampleChainRoundTrip.Mode;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

/** The example chain up, down and up again on the embedded databases, through JDBC and the real clients. */
class ExampleChainRoundTripTest {

    @TempDir
    Path work;

    @Test
    void sqliteThroughJdbc() throws Exception {
        try (Target t = SqliteTarget.create()) {
            ExampleChainRoundTrip.run(t, Mode.JDBC, work);
        }
    }

    @Test
    void sqliteThroughTheSqlite3Client() throws Exception {
        RequiredClient.require("/usr/bin/sqlite3", "sqlite3");
        try (Target t = SqliteTarget.create()) {
            ExampleChainRoundTrip.run(t, Mode.CLIENT, work);
        }
    }

    @Test
    void sqliteGuardRefusesASecondRunThroughTheClient() throws Exception {
        RequiredClient.require("/usr/bin/sqlite3", "sqlite3");
        try (Target t = SqliteTarget.create()) {
            ExampleChainRoundTrip.guardRefusesSecondRun(t, Mode.CLIENT, work);
        }
    }

    @Test
    void h2ThroughJdbc() throws Exception {
        try (Target t = H2Target.create()) {
            ExampleChainRoundTrip.run(t, Mode.JDBC, work);
        }
    }

    @Test
    void h2GuardRefusesASecondRun() throws Exception {
        try (Target t = H2Target.create()) {
            ExampleChainRoundTrip.guardRefusesSecondRun(t, Mode.JDBC, work);
        }
    }

    @Test
    void embeddedPostgresqlThroughJdbcAndPsql() throws Exception {
        try (Target t = EmbeddedPostgresTarget.start()) {
            ExampleChainRoundTrip.run(t, Mode.JDBC, work);
        }
        RequiredClient.require("/usr/bin/psql", "postgresql-client");
        try (Target t = EmbeddedPostgresTarget.start()) {
            ExampleChainRoundTrip.run(t, Mode.CLIENT, work);
        }
    }

    @Test
    void embeddedPostgresqlGuardRefusesASecondRun() throws Exception {
        try (Target t = EmbeddedPostgresTarget.start()) {
            ExampleChainRoundTrip.guardRefusesSecondRun(t, Mode.JDBC, work);
        }
    }
}
