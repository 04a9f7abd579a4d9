package org.sqlbundle.online;

import org.sqlbundle.compiler.Compiler;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The contract on SQLite database files: transactional DDL, an OS file lock beside the file. */
class SqliteMigratorTest extends MigratorContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    Database freshDatabase() {
        Path file = dir.resolve("db" + COUNTER.incrementAndGet() + ".sqlite");
        return Database.of("jdbc:sqlite:" + file, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    boolean failingRevisionIsRolledBack() {
        return true;
    }

    @Test
    void waitsForAnotherApplicationsWriteTransactionInsteadOfFailing() throws Exception {
        Database db = freshDatabase();
        Compiler compiler = OnlineFixtures.example();
        try (Connection other = java.sql.DriverManager.getConnection(db.url());
             java.sql.Statement s = other.createStatement()) {
            s.execute("create table app_data (x integer)");
            other.setAutoCommit(false);
            s.execute("insert into app_data values (1)"); // holds SQLite's write lock until commit
            var stamping = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> migrator(compiler, db).stamp("folsom"));
            Thread.sleep(500);
            assertFalse(stamping.isDone(), "the stamp waits for the other writer");
            other.commit();
            assertEquals(0, stamping.get(30, java.util.concurrent.TimeUnit.SECONDS).position());
        }
    }
}
