package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.render.JooqContexts;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * {@link DataRoundTrip#prune}: before a step adds a constraint, the verifier's own rows of earlier seeds that break it
 * are removed (a check, NOT NULL, a foreign key, a unique, a narrower type); a row the chain wrote (here: the test,
 * with plain SQL) stays, whatever it breaks.
 */
class PruneTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void removesOnlyTheVerifiersRowsThatBreakWhatTheStepAdds(String spec) throws Exception {
        Path dir = Files.createDirectories(work.resolve("chain"));
        Files.writeString(dir.resolve("0e0000000001_t.yaml"), """
                id: 0e0000000001
                parent: null
                message: "a parent and a child"
                upgrade:
                  - create_table:
                      name: p
                      columns:
                        - { name: id, type: string(36), primary_key: true }
                  - create_table:
                      name: t
                      columns:
                        - { name: id, type: string(36), primary_key: true }
                        - { name: n, type: integer }
                        - { name: code, type: string(255) }
                        - { name: p_id, type: string(36) }
                """);
        Compiler compiler = Compiler.configure().chainDir(dir).load();
        Schema before = compiler.model().schemaAt(0);
        Table t0 = before.table("t").orElseThrow();
        try (Target t = Targets.open(spec, TargetOptions.defaults()); Connection c = t.openConnection()) {
            new JdbcReplay(t.dialect()).run(c, "first.sql", compiler.script(t.dialect(), compiler.chain().range(Chain.BASE, 0)));
            String chainRow = "insert into " + q(t, "t") + " values ('chain', 5, 'abcdefgh', 'nowhere')";

            // own rows: n, code, p_id all NULL, and n = 1 (the column's first value), code = s2'code, p_id = s2'p_id
            // a check the second own row breaks goes (NULL passes a check); the chain's row (n = 5) breaks it too, stays
            assertEquals(List.of("chain"), without(after(t, c, before, chainRow, true, x -> x.withChecks(List.of(
                    new CheckConstraint("ck_t_n", "n > 100"))))));
            // a foreign key into p, which has no rows: own rows pointing anywhere go, the NULL one stays
            assertEquals(List.of("chain"), without(after(t, c, before, chainRow, true, x -> x.withForeignKeys(List.of(
                    new ForeignKey("fk_t_p", List.of("p_id"), "p", List.of("id"), ForeignKey.Action.NO_ACTION,
                            ForeignKey.Action.NO_ACTION))))));
            // NOT NULL: the own row the verifier left NULL goes, the other stays
            List<String> notNull = after(t, c, before, chainRow, true, x -> x.mapColumn("code", col -> col.withNullable(false)));
            assertEquals(2, notNull.size(), notNull.toString());
            assertEquals(List.of("chain"), without(notNull.subList(0, 1)), "the chain's row sorts first");
            // a unique on n: the own row whose n the chain's row repeats goes (the chain's row takes n = 1)
            assertEquals(List.of("chain"), without(after(t, c, before, "insert into " + q(t, "t")
                    + " values ('chain', 1, null, null)", true,
                    x -> x.withUniques(List.of(new UniqueConstraint("uq_t_n", List.of("n")))))));
            // a narrower type: the own value that no longer fits goes
            UnaryOperator<Table> narrow = x -> x.mapColumn("code", col -> col.withType(PortableType.parse("string(4)")));
            assertEquals(List.of("chain"), without(after(t, c, before, chainRow, true, narrow)));
            // nothing added: nothing removed
            assertEquals(3, after(t, c, before, chainRow, true, x -> x).size());
        }
        assertEquals("t", t0.name());
    }

    /**
     * A removed row of the verifier's takes the verifier's rows pointing at it along (children first: where keys are
     * not enforced they would point nowhere and fail a later key check); a row the chain wrote pointing at it keeps it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void takesItsOwnChildrenAlongAndNeverTheChains(String spec) throws Exception {
        Path dir = Files.createDirectories(work.resolve("children"));
        Files.writeString(dir.resolve("0e0000000001_t.yaml"), """
                id: 0e0000000001
                parent: null
                message: "a parent and a child"
                upgrade:
                  - create_table:
                      name: p
                      columns:
                        - { name: id, type: string(36), primary_key: true }
                        - { name: n, type: integer }
                  - create_table:
                      name: t
                      columns:
                        - { name: id, type: string(36), primary_key: true }
                        - { name: p_id, type: string(36), nullable: false }
                      foreign_keys:
                        - { name: fk_t_p, columns: [p_id], references: { table: p, columns: [id] } }
                """);
        Compiler compiler = Compiler.configure().chainDir(dir).load();
        Schema before = compiler.model().schemaAt(0);
        Schema after = before.withTable(before.table("p").orElseThrow().withChecks(List.of(
                new CheckConstraint("ck_p_n", "n > 100"))));
        try (Target t = Targets.open(spec, TargetOptions.defaults()); Connection c = t.openConnection()) {
            new JdbcReplay(t.dialect()).run(c, "first.sql", compiler.script(t.dialect(), compiler.chain().range(Chain.BASE, 0)));
            DataRoundTrip data = new DataRoundTrip(t.dialect());
            SeededRows rows = data.seed(c, before);
            assertEquals(java.util.Map.of("p", 2, "t", 2), rows.rowsPerTable(), rows.toString());
            data.advance(List.of(), before, before);
            String ownParent = rows.tables().get(0).rows().stream().filter(r -> !r.get("n").isNull()).findFirst()
                    .orElseThrow().get("id").canonical();
            assertEquals(List.of(), data.prune(c, before, after), "no chain row points at it: it goes, with its child");
            assertEquals(1, count(c, t, "p"));
            assertEquals(1, count(c, t, "t"));

            SeededRows more = data.seed(c, before);
            data.advance(List.of(), before, before);
            String parent = more.tables().get(0).rows().stream().filter(r -> !r.get("n").isNull()).findFirst()
                    .orElseThrow().get("id").canonical();
            try (Statement s = c.createStatement()) {
                s.execute("insert into " + q(t, "t") + " values ('chain', '" + parent.replace("'", "''") + "')");
            }
            List<String> notes = data.prune(c, before, after);
            assertEquals(1, notes.size(), notes.toString());
            assertTrue(notes.get(0).contains("the verifier did not write points at it"), notes.get(0));
            assertEquals(3, count(c, t, "p"), "the parent the chain's row points at stays");
            assertTrue(!ownParent.equals(parent));
        }
    }

    private static int count(Connection c, Target t, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + q(t, table))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The ids without the own row whose every checked value is NULL (it breaks nothing here). */
    private List<String> without(List<String> ids) {
        return ids.stream().filter(id -> !id.equals(nullRow)).toList();
    }

    private String nullRow;

    /** Seeds t, writes the chain's row, prunes for t changed by {@code change}; the ids left in t, in order. */
    private List<String> after(Target t, Connection c, Schema before, String chainRow, boolean afterAStep,
                               UnaryOperator<Table> change) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from " + q(t, "t"));
            s.execute("delete from " + q(t, "p"));
        }
        DataRoundTrip data = new DataRoundTrip(t.dialect());
        SeededRows rows = data.seed(c, before, Optional.empty(), java.util.Map.of(), Optional.of(java.util.Set.of("t")));
        assertEquals(2, rows.rowsPerTable().get("t"), rows.toString());
        nullRow = rows.tables().get(0).rows().stream().filter(r -> r.get("n").isNull()).findFirst().orElseThrow()
                .get("id").canonical();
        if (afterAStep) {
            data.advance(List.of(), before, before);
        }
        try (Statement s = c.createStatement()) {
            s.execute(chainRow);
        }
        Schema after = before.withTable(change.apply(before.table("t").orElseThrow()));
        assertEquals(List.of(), data.prune(c, before, after));
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select " + q(t, "id") + " from " + q(t, "t") + " order by " + q(t, "id"))) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static String q(Target t, String name) {
        return JooqContexts.of(t.dialect()).render(org.jooq.impl.DSL.name(name));
    }
}
