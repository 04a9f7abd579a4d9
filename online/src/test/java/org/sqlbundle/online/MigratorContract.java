package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.online.internal.MigrationLock;

/**
 * What online migrations must do on every dialect; each subclass supplies a fresh, empty database. After every
 * step the live tables and views are compared with the compiler's model at the version the database claims.
 */
abstract class MigratorContract {

    static final Duration LONG_WAIT = Duration.ofSeconds(120);

    /** A new empty database, different on every call. */
    abstract Database freshDatabase() throws Exception;

    Migrator migrator(Compiler compiler, Database db) {
        return new Migrator(compiler, db, LONG_WAIT, MigrationListener.NONE);
    }

    @Test
    void roundTripOfTheExampleChainByDeltaAndByName() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Chain chain = compiler.chain();
        Database db = freshDatabase();
        Migrator m = migrator(compiler, db);

        CurrentVersion empty = m.current();
        assertFalse(empty.tableExists());
        assertEquals(Chain.BASE, empty.position());

        assertEquals(2, m.migrate(MigrationTarget.by(Range.Direction.UPGRADE, 2)).applied().size());
        assertAt(compiler, db, 1);
        m.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head-3"));
        assertAt(compiler, db, chain.headPosition() - 3);
        m.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "grizzly"));
        assertAt(compiler, db, chain.headPosition());
        assertTrue(m.current().isHead());
        assertEquals(0, m.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head")).applied().size());

        m.migrate(MigrationTarget.by(Range.Direction.DOWNGRADE, 4));
        assertAt(compiler, db, chain.headPosition() - 4);
        m.migrate(MigrationTarget.to(Range.Direction.DOWNGRADE, "folsom"));
        assertAt(compiler, db, 0);
        m.migrate(MigrationTarget.to(Range.Direction.DOWNGRADE, "base"));
        assertAt(compiler, db, Chain.BASE);
        assertTrue(m.current().tableExists(), "the version table stays, empty");
    }

    @Test
    void stampWritesTheVersionTableWithoutMigrating() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Database db = freshDatabase();
        Migrator m = migrator(compiler, db);

        CurrentVersion stamped = m.stamp("folsom");
        assertEquals(0, stamped.position());
        assertEquals(Set.of(), userTables(db, compiler));
        assertTrue(m.current().describe(m.versionTable()).contains("[folsom]"));

        m.stamp("base");
        assertEquals(Chain.BASE, m.current().position());
        assertTrue(m.current().tableExists());
    }

    @Test
    void dryRunIsTheBundleScriptOfTheComputedRangeAndChangesNothing() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Database db = freshDatabase();
        Migrator m = migrator(compiler, db);
        m.migrate(MigrationTarget.by(Range.Direction.UPGRADE, 1));

        String script = m.dryRun(MigrationTarget.by(Range.Direction.UPGRADE, 2));

        assertEquals(compiler.script(db.dialect(), compiler.chain().range(0, 2)), script);
        assertAt(compiler, db, 0);
    }

    @Test
    void aRangeThatDoesNotStartAtTheDatabasesVersionIsRefusedBeforeAnythingChanges() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Database db = freshDatabase();
        Migrator m = migrator(compiler, db);
        m.migrate(MigrationTarget.by(Range.Direction.UPGRADE, 1));

        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> m.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "folsom+1:head")));

        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("E072") && e.getMessage().contains("is at 8f682276ee4f"), e.getMessage());
        assertAt(compiler, db, 0);
    }

    @Test
    void unknownTargetsAndDeltasOutsideTheChainAreRefused() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Database db = freshDatabase();
        Migrator m = migrator(compiler, db);

        SqlbundleException unknown = assertThrows(SqlbundleException.class,
                () -> m.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "nosuchrev")));
        assertTrue(unknown.getMessage().contains("unknown revision 'nosuchrev'"), unknown.getMessage());
        SqlbundleException tooFar = assertThrows(SqlbundleException.class,
                () -> m.migrate(MigrationTarget.by(Range.Direction.DOWNGRADE, 1)));
        assertTrue(tooFar.getMessage().contains("E075"), tooFar.getMessage());
        assertFalse(m.current().tableExists());
    }

    @Test
    void aVersionTheChainDoesNotKnowIsAnErrorThatNamesIt() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Database db = freshDatabase();
        Migrator m = migrator(compiler, db);
        m.stamp("head");
        execute(db, "update " + quoted(db, "sqlbundle_version") + " set " + quoted(db, "version_num")
                + " = 'deadbeef0000'");

        SqlbundleException e = assertThrows(SqlbundleException.class, m::current);
        assertTrue(e.getMessage().contains("E073") && e.getMessage().contains("'deadbeef0000'"), e.getMessage());
        SqlbundleException refused = assertThrows(SqlbundleException.class,
                () -> m.migrate(MigrationTarget.to(Range.Direction.DOWNGRADE, "base")));
        assertTrue(refused.getMessage().contains("deadbeef0000"), refused.getMessage());
    }

    @Test
    void twoConcurrentUpgradesApplyEveryRevisionOnce() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Database db = freshDatabase();
        List<String> applied = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MigrationResult>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return new Migrator(compiler, db, LONG_WAIT, (r, d) -> applied.add(r.id()))
                            .migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head"));
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<MigrationResult> run : runs) {
                total += run.get(5, TimeUnit.MINUTES).applied().size();
            }
            assertEquals(compiler.chain().size(), total, "one run applies everything, the other nothing");
        } finally {
            pool.shutdownNow();
        }
        List<String> expected = compiler.chain().revisions().stream().map(Revision::id).toList();
        assertEquals(expected, applied);
        assertAt(compiler, db, compiler.chain().headPosition());
    }

    @Test
    void aRunThatCannotGetTheLockInTimeFailsClearlyAndChangesNothing() throws Exception {
        Compiler compiler = OnlineFixtures.example();
        Database db = freshDatabase();
        try (Connection holder = db.open();
             MigrationLock held = MigrationLock.acquire(db, holder, "sqlbundle_version", Duration.ofSeconds(5))) {
            Migrator impatient = new Migrator(compiler, db, Duration.ofSeconds(1), MigrationListener.NONE);
            long started = System.nanoTime();
            SqlbundleException e = assertThrows(SqlbundleException.class,
                    () -> impatient.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head")));
            assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, e.kind());
            assertTrue(e.getMessage().contains("E076") && e.getMessage().contains("another sqlbundle run holds the "
                    + "migration lock"), e.getMessage());
            assertTrue(System.nanoTime() - started >= Duration.ofMillis(900).toNanos(), "it waited");
        }
        assertFalse(migrator(compiler, db).current().tableExists());
        migrator(compiler, db).migrate(MigrationTarget.by(Range.Direction.UPGRADE, 1));
        assertAt(compiler, db, 0);
    }

    @Test
    void aRevisionFailingHalfWayStopsWithTheLastCompletedRevisionStamped() throws Exception {
        Compiler compiler = OnlineFixtures.halfway();
        Database db = freshDatabase();
        Migrator m = migrator(compiler, db);

        MigrationFailure f = assertThrows(MigrationFailure.class,
                () -> m.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head")));

        assertEquals(SqlbundleException.Kind.CHECK_FAILED, f.kind());
        assertEquals("bbbb00000002", f.revision().id());
        assertTrue(f.statement().orElseThrow().contains("no_such_table"));
        assertTrue(f.getMessage().contains("E078") && f.getMessage().contains("bbbb00000002")
                && f.getMessage().contains("holds aaaa00000001"), f.getMessage());
        assertFalse(f.databaseMessage().isBlank());
        boolean transactional = failingRevisionIsRolledBack();
        if (!transactional) {
            // half-applied: the history table's mark makes the next run stop until a person resolves it
            SqlbundleException cut = assertThrows(SqlbundleException.class, m::current);
            assertTrue(cut.getMessage().contains("E086") && cut.getMessage().contains("bbbb00000002"), cut.getMessage());
            assertTrue(f.getMessage().contains("marks revision bbbb00000002 started"), f.getMessage());
            m.stamp("aaaa00000001");
        }
        assertEquals(0, m.current().position());
        assertEquals(transactional, f.rolledBack());
        if (transactional) {
            assertEquals(Set.of("widgets"), userTables(db, compiler));
            assertTrue(f.getMessage().contains("rolled back entirely"), f.getMessage());
        } else {
            assertEquals(Set.of("gadgets", "widgets"), userTables(db, compiler));
            assertTrue(f.alreadyRun().stream().anyMatch(s -> s.sql().toLowerCase(Locale.ROOT).contains("gadgets")),
                    f.alreadyRun().toString());
            assertTrue(f.getMessage().contains("had already run") && f.getMessage().contains("gadgets"),
                    f.getMessage());
            assertTrue(f.alreadyRun().stream().noneMatch(s -> s.sql().contains("sqlbundle_guard")
                    || s.sql().contains("sqlbundle guard")), "the guard changed nothing: " + f.alreadyRun());
        }
    }

    /** Issue 13: an applied revision edited afterwards went unnoticed ("at head" without the change). */
    @Test
    void anAppliedRevisionWhoseFileWasEditedIsRefusedUntilAccepted() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("edited-chain-");
        java.nio.file.Path source = OnlineFixtures.repoRoot().resolve("online/src/test/resources/chains/halfway");
        try (var files = java.nio.file.Files.list(source)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Database db = freshDatabase();
        migrator(Compiler.configure().chainDir(dir).load(), db)
                .migrate(MigrationTarget.to(Range.Direction.UPGRADE, "aaaa00000001"));
        java.nio.file.Path file = dir.resolve("0001_widgets.yaml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file) + "# edited after it was applied\n");
        Migrator m = migrator(Compiler.configure().chainDir(dir).load(), db);

        for (org.junit.jupiter.api.function.Executable run : List.<org.junit.jupiter.api.function.Executable>of(
                m::current, () -> m.migrate(MigrationTarget.to(Range.Direction.DOWNGRADE, "base")))) {
            SqlbundleException e = assertThrows(SqlbundleException.class, run);
            assertTrue(e.getMessage().contains("E087") && e.getMessage().contains("0001_widgets.yaml")
                    && e.getMessage().contains("revision aaaa00000001 was edited"), e.getMessage());
            assertTrue(e.getMessage().contains("--accept-edited aaaa00000001"), e.getMessage());
        }
        assertTrue(assertThrows(SqlbundleException.class, () -> m.acceptEdited(List.of("cccc00000003")))
                .getMessage().contains("E088"));
        assertEquals(List.of("aaaa00000001"), m.acceptEdited(List.of("aaaa")).stream().map(Revision::id).toList());
        assertEquals(0, m.current().position());
    }

    /** Alembic's version table, no history table: the first run creates it; a revision without a row goes down. */
    @Test
    void aDatabaseStampedByAlembicGetsItsHistoryTableOnTheFirstRun() throws Exception {
        Database db = freshDatabase();
        Compiler compiler = Compiler.configure().chainDir(OnlineFixtures.repoRoot().resolve("examples/lbaas/revisions"))
                .versionTable("alembic_version").load();
        execute(db, "create table alembic_version (version_num varchar(32) not null, "
                + "constraint alembic_version_pkc primary key (version_num))");
        Migrator m = migrator(compiler, db);
        m.migrate(MigrationTarget.by(Range.Direction.UPGRADE, 2));
        assertEquals(1, m.current().position());
        // as if the revisions had been applied before the history table existed
        execute(db, "delete from " + quoted(db, "alembic_version_history"));
        m.migrate(MigrationTarget.by(Range.Direction.DOWNGRADE, 1));
        assertAt(compiler, db, 0);
    }

    /** PostgreSQL and SQLite: DDL is transactional; MySQL, MariaDB and H2 commit it by themselves. */
    abstract boolean failingRevisionIsRolledBack();

    /** The live tables and views at {@code position} are the model's, and the version table says so. */
    void assertAt(Compiler compiler, Database db, int position) throws SQLException {
        Schema expected = compiler.model().schemaAt(position);
        assertEquals(position, migrator(compiler, db).current().position());
        Set<String> tables = new TreeSet<>(expected.tables().keySet());
        assertEquals(tables, userTables(db, compiler));
        try (Connection c = db.open()) {
            assertEquals(expected.views().keySet(), SnapshotReader.forDialect(db.dialect())
                    .read(c, Optional.of("sqlbundle_version")).views().keySet());
        }
    }

    /** Tables other than sqlbundle's own bookkeeping (version table, H2's lock table). */
    static Set<String> userTables(Database db, Compiler compiler) throws SQLException {
        try (Connection c = db.open()) {
            Snapshot s = SnapshotReader.forDialect(db.dialect()).read(c, Optional.of("sqlbundle_version"));
            Set<String> names = new TreeSet<>(s.tables().keySet());
            names.remove(compiler.options().versionTable());
            names.remove(compiler.options().versionTable() + "_lock");
            names.remove(org.sqlbundle.compiler.internal.render.History.tableFor(compiler.options().versionTable()));
            return names;
        }
    }

    static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String quoted(Database db, String name) {
        return org.sqlbundle.compiler.internal.render.Renderers.forDialect(db.dialect()).quote(name);
    }
}
