package org.sqlbundle.verifier.internal.target;

import java.sql.Connection;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;

/**
 * A scratch database to replay bundles into, owned by whoever opened it: {@link #close()} removes it (file,
 * in-memory database, embedded server, container or scratch database on an existing server).
 */
public interface Target extends AutoCloseable {

    Dialect dialect();

    /**
     * A fresh connection to the scratch database; the caller closes it.
     *
     * @throws org.sqlbundle.errors.SqlbundleException of kind INFRASTRUCTURE when it cannot connect
     */
    Connection openConnection();

    /** A one-line, password-free description for messages and reports. */
    String describe();

    /** How to run the real command-line client against this database, when there is one (H2 has none). */
    Optional<ClientCommand> clientCommand();

    /**
     * Another, empty scratch database on the same server (a new file for SQLite, a new in-memory database for H2),
     * so one run needs one server or container however many databases it uses. The caller closes it; closing it
     * removes only that database.
     */
    Target openFresh();

    /** Removes the scratch database; never throws for a database that is already gone. */
    @Override
    void close();
}
