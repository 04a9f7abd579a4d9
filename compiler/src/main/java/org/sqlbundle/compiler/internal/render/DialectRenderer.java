package org.sqlbundle.compiler.internal.render;

import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.ops.OpVisitor;

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

    /** {@code text} as this dialect's escaped string literal. */
    String textLiteral(String text);

    /**
     * Creates the history table ({@link History}) if it does not exist: {@code revision varchar(32)} primary key,
     * {@code checksum varchar(64)}, {@code state varchar(16)}, all NOT NULL.
     */
    List<String> createHistoryTable(String table);

    /**
     * Runs {@code statement} (an INSERT, UPDATE or DELETE), then stops the script with {@code message} unless it
     * changed exactly one row. Inside a transaction the client's stop rolls it back (psql, mariadb and sqlite3
     * end the session; online runs roll back).
     */
    List<String> requireOneRow(String statement, String message);

    /**
     * Stops the script unless no row of {@code historyTable} has a state other than {@code applied}; the message
     * starts with {@code message} and, where the dialect can say it, names the rows found.
     */
    List<String> historyGuard(String historyTable, String message);

    /** Session settings every bundle makes first (MySQL/MariaDB: literals read the same under any sql_mode). */
    List<String> sessionStart();

    /** Restores what {@link #sessionStart} changed, at the end of the bundle. */
    List<String> sessionEnd();
}
