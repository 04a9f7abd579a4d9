package org.sqlbundle.online;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.History;
import org.sqlbundle.compiler.internal.render.Renderers;
import org.sqlbundle.online.internal.HistoryCheck;
import org.sqlbundle.online.internal.MigrationLock;
import org.sqlbundle.online.internal.OnlineErrors;
import org.sqlbundle.online.internal.VersionReader;
import org.sqlbundle.online.internal.VersionRows;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.runtime.ScriptStatement;
import org.sqlbundle.runtime.StatementSplitter;

/**
 * Online {@code current}, {@code stamp}, {@code upgrade} and {@code downgrade} on a live database. Applying is
 * applying the bundle: each revision runs as the script {@link Compiler#script} renders for that one step
 * (guard, ops, stamp, the dialect's transaction), replayed by {@link JdbcReplay}. There is no second renderer.
 * Every change runs under a {@link MigrationLock}; the version is read under it before anything changes and
 * again before each revision.
 */
public final class Migrator {

    private final Compiler compiler;
    private final Database database;
    private final Duration lockTimeout;
    private final MigrationListener listener;
    private final Dialect dialect;
    private final DialectRenderer renderer;
    private final String versionTable;
    private final HistoryCheck history;

    /**
     * A migrator for one database; nothing connects until a method is called, and each call opens and closes its own
     * connection. {@code lockTimeout} is how long a change waits for another run's lock before failing with E076
     * (INFRASTRUCTURE); {@code listener} hears of each revision applied.
     */
    public Migrator(Compiler compiler, Database database, Duration lockTimeout, MigrationListener listener) {
        this.compiler = compiler;
        this.database = database;
        this.lockTimeout = lockTimeout;
        this.listener = listener;
        this.dialect = database.dialect();
        this.renderer = Renderers.forDialect(dialect);
        this.versionTable = compiler.options().versionTable();
        this.history = new HistoryCheck(compiler.chain(), database, renderer, versionTable);
    }

    /** The database this migrator works on. */
    public Database database() {
        return database;
    }

    /** The version table's name, as the compiler was configured. */
    public String versionTable() {
        return versionTable;
    }

    /** The database's version; E073 when the chain does not know it, E074 when the table holds several rows. */
    public CurrentVersion current() {
        try (Connection c = database.open()) {
            return readChecked(c);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /** Sets the version table to {@code reference} (creating it when absent) without running any migration. */
    public CurrentVersion stamp(String reference) {
        int position = chain().resolve(reference);
        try (Connection c = database.open(); MigrationLock lock = MigrationLock.acquire(database, c, versionTable,
                lockTimeout)) {
            String script = compiler.stampScript(dialect, position);
            try {
                new JdbcReplay(dialect).run(c, "stamp " + label(position), script);
            } catch (ReplayFailure f) {
                // nothing of the chain ran: a refusal here is about rights on the version table, not the chain
                throw OnlineErrors.refused(database, "cannot stamp " + label(position) + " into version table "
                        + versionTable, f.databaseMessage(), "the user needs the right to create " + versionTable
                        + " (when absent) and to insert, update and delete its rows");
            }
            return readCurrent(c);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /** The script {@link #migrate} would run from the database's current version, as {@code --sql} prints it. */
    public String dryRun(MigrationTarget target) {
        return compiler.script(dialect, plan(target, current().position()));
    }

    /** Applies the range from the database's version to {@code target}, revision by revision, stamping each. */
    public MigrationResult migrate(MigrationTarget target) {
        try (Connection c = database.open(); MigrationLock lock = MigrationLock.acquire(database, c, versionTable,
                lockTimeout)) {
            Range range = plan(target, readChecked(c).position());
            List<Revision> applied = new ArrayList<>();
            int position = range.from();
            boolean up = range.direction() == Range.Direction.UPGRADE;
            for (Revision revision : range.steps()) {
                int next = up ? position + 1 : position - 1;
                requireAt(readCurrent(c).position(), position, target.verb(), applied.isEmpty() ? "nothing was changed"
                        : applied.size() + " revision(s) before it were applied by this run");
                applyStep(c, chain().range(position, next), revision, target.verb());
                listener.applied(revision, range.direction());
                applied.add(revision);
                position = next;
            }
            return new MigrationResult(range, applied);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /**
     * Records the checksums the named revisions' files have now, for revisions edited after they were applied
     * ({@code --accept-edited}); each must be applied, at or below the database's version.
     */
    public List<Revision> acceptEdited(List<String> references) {
        try (Connection c = database.open(); MigrationLock lock = MigrationLock.acquire(database, c, versionTable,
                lockTimeout)) {
            List<Revision> accepted = history.accept(c, readCurrent(c), references);
            return accepted;
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /** The version, refused while the history table marks a revision cut short or an applied file was edited. */
    private CurrentVersion readChecked(Connection c) {
        CurrentVersion current = readCurrent(c);
        history.check(c, current);
        return current;
    }

    /** The range from {@code current} to the target; refuses a START:END whose START is not {@code current}. */
    Range plan(MigrationTarget target, int current) {
        Range.Direction direction = target.direction();
        if (target.delta().isPresent()) {
            int n = target.delta().getAsInt();
            int to = direction == Range.Direction.UPGRADE ? current + n : current - n;
            if (n < 0 || to < Chain.BASE || to > chain().headPosition()) {
                throw OnlineErrors.badInput("--delta " + n, "E075", target.verb() + " --delta " + n + " from "
                        + label(current) + " leaves the chain (" + (chain().headPosition() - current)
                        + " revision(s) above, " + (current - Chain.BASE) + " below)",
                        "give a positive --delta within the chain, or a revision");
            }
            return chain().range(current, to);
        }
        String spec = target.reference().orElseThrow();
        Range range = chain().range(spec, direction, current);
        requireAt(current, range.from(), target.verb(), "nothing was changed");
        return range;
    }

    private void requireAt(int actual, int expected, String verb, String consequence) {
        if (actual != expected) {
            throw OnlineErrors.badInput(database.describe(), "E072", "the database is at " + label(actual)
                            + ", not at " + label(expected) + " where the " + verb + " starts; " + consequence,
                    "run 'sqlbundle current' and start the range there, or give only the target");
        }
    }

    /** One step's script; a refused statement becomes a MigrationFailure after undoing what the dialect can. */
    private void applyStep(Connection c, Range step, Revision revision, String verb) {
        String scriptName = verb + " " + revision.id();
        List<ScriptStatement> statements = StatementSplitter.forDialect(dialect).split(compiler.script(dialect, step));
        try {
            new JdbcReplay(dialect).run(c, scriptName, statements);
        } catch (ReplayFailure f) {
            rollback(c);
            // a revision of data changes only runs in one transaction on every dialect
            boolean rolledBack = renderer.transactionalDdl() || compiler.model()
                    .plan(chain().positionOf(revision.id()).orElseThrow()).changesDataOnly(step.to() > step.from());
            List<ScriptStatement> ran = rolledBack ? List.of() : withoutBookkeeping(ranBefore(statements, f), step);
            throw new MigrationFailure(verb, revision, scriptName, f.line(), f.statement(),
                    database.scrub(f.databaseMessage()), ran, rolledBack, label(step.from()));
        }
    }

    /** The statements before the failing one: the replay runs them in order and stops at the first refusal. */
    private static List<ScriptStatement> ranBefore(List<ScriptStatement> statements, ReplayFailure f) {
        for (int i = 0; i < statements.size(); i++) {
            ScriptStatement s = statements.get(i);
            if (OptionalInt.of(s.line()).equals(f.line()) && Optional.of(s.sql()).equals(f.statement())) {
                return statements.subList(0, i);
            }
        }
        return statements;
    }

    /** The guard, BEGIN and the history markers are not the revision's: a DBA undoing it needs only the rest. */
    private List<ScriptStatement> withoutBookkeeping(List<ScriptStatement> ran, Range step) {
        History bookkeeping = new History(renderer, versionTable);
        List<String> begin = renderer.beginTransaction();
        List<String> guard = renderer.guard(versionTable,
                step.from() == Chain.BASE ? Optional.empty() : Optional.of(label(step.from())));
        List<ScriptStatement> out = new ArrayList<>();
        for (ScriptStatement s : ran) {
            String sql = s.sql().strip();
            boolean ours = bookkeeping.isBookkeeping(sql) || renderer.sessionStart().contains(sql)
                    || begin.stream().anyMatch(sql::equalsIgnoreCase) || guard.stream().anyMatch(sql::equalsIgnoreCase);
            if (!ours) {
                out.add(s);
            }
        }
        return out;
    }

    /** Ends the script's open transaction, if any: PostgreSQL refuses everything else until then. */
    private static void rollback(Connection c) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("rollback");
        } catch (SQLException noTransactionOpen) {
            // SQLite refuses ROLLBACK outside a transaction; nothing to undo then
        }
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is closed next anyway
        }
    }

    private CurrentVersion readCurrent(Connection c) {
        VersionRows rows = new VersionReader(renderer, versionTable).read(c, database);
        if (rows.rows().isEmpty()) {
            return new CurrentVersion(rows.tableExists(), Chain.BASE, Optional.empty(), false);
        }
        if (rows.rows().size() > 1) {
            throw OnlineErrors.badInput(database.describe(), "E074", "version table " + versionTable + " holds "
                    + rows.rows().size() + " rows " + rows.rows() + "; a linear chain has one version",
                    "keep the row of the revision the schema is really at, or reset it with 'sqlbundle stamp REV'");
        }
        String id = rows.rows().get(0);
        Optional<Integer> position = chain().positionOf(id);
        if (position.isEmpty()) {
            throw OnlineErrors.badInput(database.describe(), "E073", "the database is at version '" + id
                            + "', which chain " + chain().name() + " does not know",
                    "check --dir and --version-table point at this database's chain; 'sqlbundle history' lists its "
                            + "revisions");
        }
        Revision revision = chain().at(position.get());
        return new CurrentVersion(true, position.get(), Optional.of(revision),
                position.get() == chain().headPosition());
    }

    private RuntimeException closeFailed(SQLException e) {
        return OnlineErrors.infrastructure(database.describe(), "E077", "cannot close the connection: "
                + database.scrub(e.getMessage()), "check the database server");
    }

    private Chain chain() {
        return compiler.chain();
    }

    private String label(int position) {
        return position == Chain.BASE ? "base" : chain().at(position).id();
    }
}
