package org.sqlbundle.online;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The contract on H2 database files: DDL commits by itself, the lock is a row of sqlbundle_version_lock. */
class H2MigratorTest extends MigratorContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    Database freshDatabase() {
        Path file = dir.resolve("db" + COUNTER.incrementAndGet());
        return Database.of("jdbc:h2:" + file.toAbsolutePath(), Optional.of("sa"), Optional.of("h2-secret"),
                Optional.empty());
    }

    @Override
    boolean failingRevisionIsRolledBack() {
        return false;
    }
}
