package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;

/** Reads a {@link Snapshot} of the schema a connection points at, through that dialect's catalog. */
public interface SnapshotReader {

    /**
     * @param versionTable the version table whose rows go into the snapshot; no rows when it does not exist
     * @throws org.sqlbundle.errors.SqlbundleException of kind INFRASTRUCTURE when the catalog cannot be read
     */
    Snapshot read(Connection connection, Optional<String> versionTable);

    /**
     * As {@link #read}, but constraint names as the database stores them, derived-looking ones included, for a
     * caller that knows which names the chain gave ({@link SyntheticNames#apply}).
     */
    Snapshot readRaw(Connection connection, Optional<String> versionTable);

    static SnapshotReader forDialect(Dialect dialect) {
        switch (dialect) {
            case SQLITE:
                return new SqliteSnapshotReader();
            case H2:
                return new H2SnapshotReader();
            case POSTGRESQL:
                return new PostgresqlSnapshotReader();
            case MYSQL:
            case MARIADB:
                return new MysqlSnapshotReader();
            default:
                throw new IllegalArgumentException("no snapshot reader for " + dialect);
        }
    }
}
