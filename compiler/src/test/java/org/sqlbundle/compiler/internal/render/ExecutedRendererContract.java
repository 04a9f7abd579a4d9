package org.sqlbundle.compiler.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.testing.OpScript;

/**
 * What every renderer with a database in the test JVM must pass, run on that database: the whole vocabulary
 * forward and back, the guard and the stamps. Subclasses supply a fresh, empty database per test.
 */
public abstract class ExecutedRendererContract {

    protected abstract DialectRenderer renderer();

    /** A connection to an empty database, in autocommit mode. */
    protected abstract Connection connection() throws SQLException;

    /** Names of the tables, views and types (where the dialect has them) left in the database. */
    protected abstract List<String> objects(Connection c) throws SQLException;

    /** Checks the forward script left what the model says (subclasses look at their catalogs). */
    protected abstract void assertForwardState(Connection c) throws SQLException;

    @Test
    void theScriptUsesEveryOp() {
        assertEquals(List.of(), List.copyOf(VocabularyScript.missingOps()));
    }

    @Test
    void everyOpRunsForwardAndItsReverseLeavesNothing() throws SQLException {
        List<Op> ops = VocabularyScript.ops();
        try (Connection c = connection()) {
            StatementRunner.run(c, OpScript.render(renderer(), Schema.EMPTY, ops).statements());
            assertForwardState(c);
            OpScript.Rendered back = OpScript.renderReverse(renderer(), Schema.EMPTY, ops);
            StatementRunner.run(c, back.statements());
            assertTrue(back.after().isEmpty(), "model after the reverse: " + back.after());
            assertEquals(List.of(), objects(c));
        }
    }

    @Test
    void typeChangesRunForwardAndBackKeepingDefaultsAndNotNull() throws SQLException {
        List<Op> ops = OpScript.ops("""
                - create_enum: {name: mood, values: [happy, sad]}
                - create_table:
                    name: t
                    columns:
                      - {name: id, type: integer, primary_key: true}
                      - {name: m, type: string(10), nullable: false, default: happy}
                      - {name: n, type: integer, default: 3}
                      - {name: s, type: string(10)}
                - insert: {table: t, rows: [{id: 1, m: sad, n: 4, s: '{"a": 1}'}]}
                - alter_column: {table: t, name: m, type: enum(mood)}
                - alter_column: {table: t, name: n, type: bigint, default: 5, nullable: false}
                - alter_column: {table: t, name: s, type: text, rename_to: notes}
                - insert: {table: t, rows: [{id: 2, notes: x}]}
                """);
        try (Connection c = connection()) {
            StatementRunner.run(c, OpScript.render(renderer(), Schema.EMPTY, ops).statements());
            String q = "select " + String.join(" || '|' || ", renderer().quote("m"), renderer().quote("n"))
                    + " from " + renderer().quote("t") + " order by " + renderer().quote("id");
            assertEquals(List.of("sad|4", "happy|5"), StatementRunner.column(c, q));
            StatementRunner.run(c, OpScript.renderReverse(renderer(), Schema.EMPTY, ops).statements());
            assertEquals(List.of(), objects(c));
        }
    }

    /** Runs DDL inside the dialect's transaction and rolls back: the DDL must vanish exactly when it says so. */
    @Test
    void transactionalDdlTellsTheTruth() throws SQLException {
        DialectRenderer r = renderer();
        try (Connection c = connection()) {
            List<String> script = new ArrayList<>(r.beginTransaction());
            script.add("create table " + r.quote("t") + " (" + r.quote("x") + " integer)");
            script.add("rollback");
            StatementRunner.run(c, script);
            assertEquals(r.transactionalDdl(), objects(c).isEmpty(), "left after rollback: " + objects(c));
        }
    }

    @Test
    void stampsAndGuardsFollowBaseToAToBToBase() throws SQLException {
        DialectRenderer r = renderer();
        Optional<String> base = Optional.empty();
        Optional<String> a = Optional.of("a1b2c3d4e5f6");
        Optional<String> b = Optional.of("b'2");
        try (Connection c = connection()) {
            StatementRunner.run(c, r.createVersionTable("version"));
            StatementRunner.run(c, r.createVersionTable("version"));
            assertGuard(c, base, List.of(a, b));
            StatementRunner.run(c, r.stamp("version", base, a));
            assertGuard(c, a, List.of(base, b));
            StatementRunner.run(c, r.stamp("version", a, b));
            assertGuard(c, b, List.of(base, a));
            assertEquals(List.of("b'2"), StatementRunner.column(c, "select " + r.quote("version_num") + " from " + r.quote("version")));
            StatementRunner.run(c, r.stamp("version", b, base));
            assertGuard(c, base, List.of(a, b));
        }
    }

    @Test
    void aFailingGuardStopsTheScriptBeforeTheNextStatement() throws SQLException {
        DialectRenderer r = renderer();
        try (Connection c = connection()) {
            StatementRunner.run(c, r.createVersionTable("version"));
            StatementRunner.run(c, r.stamp("version", Optional.empty(), Optional.of("aaa")));
            List<String> script = new ArrayList<>(r.guard("version", Optional.of("bbb")));
            script.add("create table " + r.quote("marker") + " (x integer)");
            SQLException e = assertThrows(SQLException.class, () -> StatementRunner.run(c, script));
            assertTrue(e.getMessage().contains("version bbb"), e.getMessage());
            assertTrue(objects(c).stream().noneMatch(o -> o.contains("marker")), objects(c).toString());
        }
    }

    /** Also proves the guard rejects two rows, which no stamp produces but a hand-edited table might. */
    @Test
    void theGuardRejectsATableWithTwoRows() throws SQLException {
        DialectRenderer r = renderer();
        try (Connection c = connection()) {
            StatementRunner.run(c, r.createVersionTable("version"));
            StatementRunner.run(c, r.stamp("version", Optional.empty(), Optional.of("aaa")));
            StatementRunner.run(c, r.stamp("version", Optional.empty(), Optional.of("bbb")));
            assertThrows(SQLException.class, () -> StatementRunner.run(c, r.guard("version", Optional.of("aaa"))));
        }
    }

    @Test
    void quotedNamesSurviveTheDatabase() throws SQLException {
        DialectRenderer r = renderer();
        try (Connection c = connection()) {
            for (String name : List.of("order", "user", "group", "a\"b", "a`b", "it's")) {
                StatementRunner.run(c, List.of("create table " + r.quote(name) + " (" + r.quote(name) + " integer)",
                        "insert into " + r.quote(name) + " values (7)"));
                assertEquals(List.of("7"), StatementRunner.column(c, "select " + r.quote(name) + " from " + r.quote(name)));
            }
        }
    }

    @Test
    void supportAnswersForEveryOp() {
        for (String op : OpReader.OP_NAMES) {
            Support s = renderer().support(op);
            assertTrue(s.level() != Support.Level.REFUSED && !s.how().isBlank(), op + ": " + s);
        }
        assertThrows(IllegalArgumentException.class, () -> renderer().support("drop_everything"));
    }

    private void assertGuard(Connection c, Optional<String> at, List<Optional<String>> notAt) throws SQLException {
        StatementRunner.run(c, renderer().guard("version", at));
        for (Optional<String> other : notAt) {
            SQLException e = assertThrows(SQLException.class,
                    () -> StatementRunner.run(c, renderer().guard("version", other)), "guard " + other + " at " + at);
            String named = other.map(v -> "version " + v).orElse("base");
            assertTrue(e.getMessage().contains(named), "message should name " + named + ": " + e.getMessage());
        }
    }
}
