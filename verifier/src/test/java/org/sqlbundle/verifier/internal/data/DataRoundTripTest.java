package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.render.JooqContexts;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/** seed() and check() directly on SQLite, H2 and embedded PostgreSQL, on the types chain's first revision. */
class DataRoundTripTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void seedsEveryTableInForeignKeyOrderAndANoOpLosesNothing(String spec) throws Exception {
        try (Target t = Targets.open(spec, TargetOptions.defaults()); Connection c = t.openConnection()) {
            Schema schema = createFirstRevision(t, c, TypesChainDataWalkTest.DIR);
            DataRoundTrip data = new DataRoundTrip(t.dialect());
            SeededRows rows = data.seed(c, schema);

            assertEquals(List.of("grades", "loose", "nodes", "owners", "everything", "leaves"),
                    List.copyOf(rows.rowsPerTable().keySet()), "parents before children, else by name");
            assertTrue(rows.rowsPerTable().values().stream().allMatch(n -> n == 2), rows.rowsPerTable().toString());
            assertEquals(12, rows.rowCount());
            assertEquals(java.util.Map.of(), rows.skipped());
            assertEquals(List.of(), data.check(c, rows, List.of(), schema), "nothing ran, nothing lost");
            assertEquals(2, count(c, t.dialect(), "everything"));

            // the checks level IN ('low','high') and 0 <= score <= 10 were met with the literals they name
            List<String> grades = strings(c, "select " + q(t, "level") + ", " + q(t, "score") + " from " + q(t, "grades"),
                    rs -> rs.getString(1) + "/" + rs.getInt(2));
            assertTrue(grades.stream().allMatch(g -> g.matches("(low|high)/(0|10)")), grades.toString());
            List<String> moods = strings(c, "select " + q(t, "feeling") + " from " + q(t, "everything"), rs -> rs.getString(1));
            assertTrue(List.of("happy", "sad", "meh").containsAll(moods), moods.toString());

            // a second seed on the same instance: new keys, so no clash with the first
            SeededRows again = data.seed(c, schema);
            assertEquals(12, again.rowCount());
            assertNotEquals(rows.tables().get(3).rows(), again.tables().get(3).rows());
            assertEquals(4, count(c, t.dialect(), "everything"));
            assertEquals(List.of(), data.check(c, rows, List.of(), schema));
        }
    }

    /**
     * In a transaction each table's rows go in as one batch (one insert statement instead of one per row, one
     * savepoint); a batch the database refuses (grades: its checks refuse the plain row) is undone and seeded row by
     * row, so the rows are the same as row-by-row seeding gives, value for value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void batchedSeedingGivesTheRowsRowByRowSeedingGives(String spec) throws Exception {
        List<List<java.util.Map<String, String>>> rowByRow;
        int rowByRowInserts;
        try (org.sqlbundle.verifier.internal.verify.CountingTarget t = new org.sqlbundle.verifier.internal.verify
                .CountingTarget(Targets.open(spec, TargetOptions.defaults())); Connection c = t.openConnection()) {
            Schema schema = createFirstRevision(t, c, TypesChainDataWalkTest.DIR);
            rowByRow = canonical(new DataRoundTrip(t.dialect()).seed(c, schema));
            rowByRowInserts = inserts(t);
        }
        try (org.sqlbundle.verifier.internal.verify.CountingTarget t = new org.sqlbundle.verifier.internal.verify
                .CountingTarget(Targets.open(spec, TargetOptions.defaults())); Connection c = t.openConnection()) {
            Schema schema = createFirstRevision(t, c, TypesChainDataWalkTest.DIR);
            c.setAutoCommit(false);
            SeededRows batched = new DataRoundTrip(t.dialect()).seed(c, schema);
            c.commit();
            assertEquals(rowByRow, canonical(batched));
            assertEquals(12, batched.rowCount());
            // six tables: five take one statement instead of two; grades takes its refused batch, then row by row
            assertEquals(rowByRowInserts - 5 + 1, inserts(t));
        }
    }

    private static int inserts(org.sqlbundle.verifier.internal.verify.CountingTarget t) {
        return (int) t.queries().stream().filter(q -> q.sql.startsWith("insert into ")).count();
    }

    private static List<List<java.util.Map<String, String>>> canonical(SeededRows rows) {
        return rows.tables().stream().map(t -> t.rows().stream().map(r -> {
            java.util.Map<String, String> out = new java.util.TreeMap<>();
            r.forEach((col, v) -> out.put(col, String.valueOf(v.canonical())));
            return out;
        }).toList()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void reportsAChangedValueAndADeletedRowPrecisely(String spec) throws Exception {
        try (Target t = Targets.open(spec, TargetOptions.defaults()); Connection c = t.openConnection()) {
            Schema schema = createFirstRevision(t, c, TypesChainDataWalkTest.DIR);
            DataRoundTrip data = new DataRoundTrip(t.dialect());
            SeededRows rows = data.seed(c, schema);
            SeededTable nodes = rows.tables().stream().filter(s -> s.name().equals("nodes")).findFirst().orElseThrow();
            String firstId = nodes.rows().get(0).get("id").canonical();
            String secondId = nodes.rows().get(1).get("id").canonical();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update " + q(t, "nodes") + " set " + q(t, "label") + " = 'tampered' where "
                        + q(t, "id") + " = " + firstId);
                s.executeUpdate("delete from " + q(t, "leaves"));
                s.executeUpdate("delete from " + q(t, "nodes") + " where " + q(t, "id") + " = " + secondId);
            }
            List<DataLoss> losses = data.check(c, rows, List.of(), schema);
            assertEquals(List.of(
                    new DataLoss("nodes", Optional.empty(), "1 of 2 seeded rows missing, e.g. [id] = [" + secondId + "]"),
                    new DataLoss("nodes", Optional.of("label"), "1 value changed (now string(20)), e.g. expected '"
                            + nodes.rows().get(0).get("label").canonical() + "', got 'tampered'"),
                    new DataLoss("leaves", Optional.empty(), "2 of 2 seeded rows missing, e.g. [id] = ["
                            + rows.tables().get(5).rows().get(0).get("id").canonical() + "]")),
                    losses);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void aTableNoRowCanSatisfyIsSkippedWithTheReasonAndSoAreItsNotNullChildren(String spec) throws Exception {
        Path dir = Files.createDirectories(work.resolve("impossible"));
        Files.writeString(dir.resolve("0d0000000001_impossible.yaml"), """
                id: 0d0000000001
                parent: null
                message: "a check no row can meet, and a table that needs its rows"
                upgrade:
                  - create_table:
                      name: impossible
                      columns:
                        - { name: id, type: integer, primary_key: true }
                        - { name: qty, type: integer, nullable: false }
                      checks:
                        - { name: ck_impossible_qty, expression: "qty < 0 AND qty > 0" }
                  - create_table:
                      name: dependent
                      columns:
                        - { name: id, type: integer, primary_key: true }
                        - { name: impossible_id, type: integer, nullable: false }
                      foreign_keys:
                        - { name: fk_dependent_impossible, columns: [impossible_id], references: { table: impossible, columns: [id] } }
                  - create_table:
                      name: optional_dependent
                      columns:
                        - { name: id, type: integer, primary_key: true }
                        - { name: impossible_id, type: integer }
                      foreign_keys:
                        - { name: fk_optional_impossible, columns: [impossible_id], references: { table: impossible, columns: [id] } }
                """);
        try (Target t = Targets.open(spec, TargetOptions.defaults()); Connection c = t.openConnection()) {
            Schema schema = createFirstRevision(t, c, dir);
            // inside the caller's transaction: each refused insert is rolled back to a savepoint, not the whole seed
            c.setAutoCommit(false);
            SeededRows rows = new DataRoundTrip(t.dialect()).seed(c, schema);
            c.commit();
            assertEquals(2, count(c, t.dialect(), "optional_dependent"));
            assertEquals(List.of("dependent", "impossible"), List.copyOf(rows.skipped().keySet()), rows.toString());
            assertTrue(rows.skipped().get("impossible").startsWith("no rows: the database refused every generated row; last: "),
                    rows.skipped().get("impossible"));
            assertEquals("NOT NULL foreign key fk_dependent_impossible needs rows in impossible, which has no seeded rows",
                    rows.skipped().get("dependent"));
            assertEquals(2, rows.rowCount(), "optional_dependent is seeded with NULL references: " + rows);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "embedded-postgresql"})
    void anIdentityThatRefusesExplicitValuesGetsTheDatabasesKeysReadBack(String spec) throws Exception {
        Path dir = Files.createDirectories(work.resolve("identity"));
        Files.writeString(dir.resolve("0f0000000001_counters.yaml"), """
                id: 0f0000000001
                parent: null
                message: "an autoincrement key"
                upgrade:
                  - create_table:
                      name: counters
                      columns:
                        - { name: id, type: integer, primary_key: true, autoincrement: true }
                        - { name: label, type: string(20), nullable: false }
                """);
        try (Target t = Targets.open(spec, TargetOptions.defaults()); Connection c = t.openConnection()) {
            Schema schema = Compiler.configure().chainDir(dir).load().model().schemaAt(0);
            try (Statement s = c.createStatement()) {
                // not what the renderer writes: GENERATED ALWAYS refuses the explicit key the seeder tries first
                s.execute("create table " + q(t, "counters") + " (" + q(t, "id") + " integer generated always as identity "
                        + "primary key, " + q(t, "label") + " varchar(20) not null)");
            }
            DataRoundTrip data = new DataRoundTrip(t.dialect());
            SeededRows rows = data.seed(c, schema);
            assertEquals(java.util.Map.of("counters", 2), rows.rowsPerTable(), rows.toString());
            List<String> ids = rows.tables().get(0).rows().stream().map(r -> r.get("id").canonical()).toList();
            assertEquals(List.of("1", "2"), ids, "the keys the database generated");
            assertEquals(List.of(), data.check(c, rows, List.of(), schema));
        }
    }

    private Schema createFirstRevision(Target t, Connection c, Path chainDir) throws SQLException {
        Compiler compiler = Compiler.configure().chainDir(chainDir).load();
        new JdbcReplay(t.dialect()).run(c, "first.sql", compiler.script(t.dialect(), compiler.chain().range(Chain.BASE, 0)));
        return compiler.model().schemaAt(0);
    }

    private static String q(Target t, String name) {
        return JooqContexts.of(t.dialect()).render(org.jooq.impl.DSL.name(name));
    }

    private static int count(Connection c, Dialect d, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + JooqContexts.of(d).render(org.jooq.impl.DSL.name(table)))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static List<String> strings(Connection c, String sql, Row<String> row) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }
}
