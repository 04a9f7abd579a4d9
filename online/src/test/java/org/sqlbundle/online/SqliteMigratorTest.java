package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.online.internal.MigrationLock;
import org.sqlbundle.online.internal.SqliteFileLock;

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
            CountDownLatch started = new CountDownLatch(1);
            AtomicReference<Thread> stamper = new AtomicReference<>();
            var stamping = CompletableFuture.supplyAsync(() -> {
                stamper.set(Thread.currentThread());
                started.countDown();
                return migrator(compiler, db).stamp("folsom");
            });
            assertTrue(started.await(30, TimeUnit.SECONDS), "the stamp started");
            // it is inside SQLite (not still before it) while the other transaction holds the write lock
            while (!inSqlite(stamper.get()) && !stamping.isDone()) {
                Thread.onSpinWait();
            }
            assertFalse(stamping.isDone(), "the stamp waits for the other writer");
            other.commit();
            assertEquals(0, stamping.get(30, TimeUnit.SECONDS).position());
        }
    }

    /** Whether the thread is in a call of the SQLite library (the busy handler waits there). */
    private static boolean inSqlite(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        return stack.length > 0 && stack[0].isNativeMethod() && stack[0].getClassName().startsWith("org.sqlite.");
    }

    @Test
    void aSymlinkToTheDatabaseFileSharesItsLockFile() throws Exception {
        Path real = dir.resolve("a.db");
        java.nio.file.Files.createFile(real);
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("b.db"), real.getFileName());
        java.nio.file.Files.createDirectories(dir.resolve("sub"));
        Path linkedDir = java.nio.file.Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("sub"));
        assertEquals(SqliteFileLock.lockFile("jdbc:sqlite:" + real), SqliteFileLock.lockFile("jdbc:sqlite:" + link));
        assertEquals(SqliteFileLock.lockFile("jdbc:sqlite:" + dir.resolve("sub/new.db")),
                SqliteFileLock.lockFile("jdbc:sqlite:file:" + linkedDir.resolve("new.db") + "?busy_timeout=5"));
        Database viaLink = Database.of("jdbc:sqlite:" + link, Optional.empty(), Optional.empty(), Optional.empty());
        Database viaFile = Database.of("jdbc:sqlite:" + real, Optional.empty(), Optional.empty(), Optional.empty());
        try (Connection first = viaFile.open(); Connection second = viaLink.open();
             MigrationLock held = MigrationLock.acquire(viaFile, first, "sqlbundle_version",
                     java.time.Duration.ofSeconds(5))) {
            org.junit.jupiter.api.Assertions.assertThrows(org.sqlbundle.errors.SqlbundleException.class,
                    () -> MigrationLock.acquire(viaLink, second, "sqlbundle_version",
                            java.time.Duration.ofMillis(300)).close());
        }
    }
}
