package org.sqlbundle.compiler.render;

import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.ops.OpVisitor;

/**
 * Renders ops and the bundle's bookkeeping statements for one dialect. Each op method returns the
 * statements for that op, without trailing semicolons, in the order they must run. Capabilities are
 * methods without defaults, so a new dialect can't forget one.
 */
public interface DialectRenderer extends OpVisitor<List<String>, RenderContext> {

    Dialect dialect();

    /**
     * How this dialect carries out the op named {@code opName} (the YAML name, e.g. {@code alter_column}).
     * The support table in the docs is generated from these answers; a REFUSED op fails compilation.
     */
    Support support(String opName);

    /** Whether DDL statements take part in transactions (PostgreSQL, SQLite: yes; MySQL, MariaDB and H2 commit at every DDL statement). */
    boolean transactionalDdl();

    /** The identifier quoted for this dialect, whatever it contains ({@code order}, {@code a"b}). */
    String quote(String identifier);

    /** Statements that open and close one transaction, as the dialect's command-line client runs them. */
    List<String> beginTransaction();

    List<String> commitTransaction();

    /** Creates the version table if it does not exist: one column {@code version_num varchar(32)}, primary key. */
    List<String> createVersionTable(String table);

    /**
     * Statements that abort the script, before anything changes, unless the version table holds exactly
     * {@code expected}; an empty {@code expected} means the table must be empty (the database is at base).
     * They must fail under the ordinary client (psql ON_ERROR_STOP, mysql, sqlite3 -bail) with a message that
     * names the expected version.
     */
    List<String> guard(String table, Optional<String> expected);

    /** Moves the version table from {@code from} to {@code to}; empty means base (no row). */
    List<String> stamp(String table, Optional<String> from, Optional<String> to);
}
