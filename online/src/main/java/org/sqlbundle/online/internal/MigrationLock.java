package org.sqlbundle.online.internal;

import java.sql.Connection;
import java.time.Duration;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.online.Database;

/**
 * Keeps two runs against one database from interleaving: held from before the version is read until after the
 * last stamp. Every kind is released by the database or the OS when the holder dies, so a crashed run never
 * leaves a lock behind that someone must clear by hand. Acquiring waits up to the timeout, then fails with E076.
 */
public interface MigrationLock extends AutoCloseable {

    /** Releases the lock; never throws (the lock also goes when the connection or process does). */
    @Override
    void close();

    /**
     * The lock for {@code database}'s dialect, taken on {@code connection} where the dialect's lock belongs to a
     * session (PostgreSQL, MySQL, MariaDB), or beside it (SQLite: a file; H2: a second connection).
     */
    static MigrationLock acquire(Database database, Connection connection, String versionTable, Duration timeout) {
        Dialect dialect = database.dialect();
        String name = "sqlbundle:" + versionTable;
        return switch (dialect) {
            case POSTGRESQL -> PostgresAdvisoryLock.acquire(database, connection, name, timeout);
            case MYSQL, MARIADB -> MysqlNamedLock.acquire(database, connection, name, timeout);
            case SQLITE -> SqliteFileLock.acquire(database, timeout);
            case H2 -> H2LockRow.acquire(database, versionTable, timeout);
        };
    }
}
