package org.sqlbundle.online;

import java.nio.file.Path;
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
}
