package org.sqlbundle.online;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sqlbundle.compiler.render.EmbeddedPostgresServer;

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

    @Override
    boolean failingRevisionIsRolledBack() {
        return true;
    }
}
