package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** The contract on PostgreSQL without Docker (zonky's embedded server): transactional DDL, advisory lock. */
class EmbeddedPostgresMigratorTest extends MigratorContract {

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    Database freshDatabase() throws Exception {
        String name = "online_" + COUNTER.incrementAndGet();
        try (Connection c = PG.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return Database.of("jdbc:postgresql://127.0.0.1:" + PG.port() + "/" + name, Optional.of("postgres"),
                Optional.empty(), Optional.empty());
    }

    /** A database refusal around the chain is infrastructure with a code and a hint, as every other refusal is. */
    @Test
    void stampByAUserWithoutTheRightToCreateTheVersionTableIsE084ExitThree() throws Exception {
        Database owned = freshDatabase();
        String role = "reader_" + COUNTER.incrementAndGet();
        try (Connection c = PG.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login");
        }
        // PostgreSQL before 15 lets everyone create in public; take that away, as 15 does by default
        try (Connection c = owned.open(); Statement s = c.createStatement()) {
            s.execute("revoke create on schema public from public");
        }
        Database db = Database.of(owned.url(), Optional.of(role), Optional.empty(), Optional.empty());
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> migrator(OnlineFixtures.example(), db).stamp("folsom"));
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, e.kind());
        assertEquals(3, e.kind().exitCode);
        Problem problem = e.problems().get(0);
        assertEquals("E084", problem.code());
        assertTrue(problem.message().contains("cannot stamp") && problem.message().contains("permission denied"),
                problem.message());
        assertTrue(problem.hint().orElseThrow().contains("right to create sqlbundle_version"), problem.format());
    }

    @Override
    boolean failingRevisionIsRolledBack() {
        return true;
    }
}
