package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.render.MysqlFamilyParsing;
import org.sqlbundle.compiler.internal.render.Renderers;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.compiler.testing.ServerNamedKeys;
import org.sqlbundle.errors.SqlbundleException;

/**
 * {@code server_named: [mysql, mariadb]}: the key is created there without a name, and the model predicts InnoDB's
 * names for it (constraint {@code <table>_ibfk_<n>}, index after the first column) as mariadb:10.11 gives them
 * ({@code ServerNamedForeignKeyIT} pins each rule on the server).
 */
class ServerNamedForeignKeysTest {

    private static final String PARENT = "id: a1\nparent: null\nmessage: base\nupgrade:\n"
            + ServerNamedKeys.PARENT.indent(2);
    private static final String CHILD = ServerNamedKeys.CHILD.indent(2);

    @TempDir
    Path dir;

    private Compiler load(String... revisions) throws IOException {
        Files.writeString(dir.resolve("0.yaml"), PARENT, StandardCharsets.UTF_8);
        for (int i = 0; i < revisions.length; i++) {
            Files.writeString(dir.resolve((i + 1) + ".yaml"), revisions[i], StandardCharsets.UTF_8);
        }
        return Compiler.configure().chainDir(dir).load();
    }

    private static String revision(String id, String parent, String upgrade) {
        return "id: " + id + "\nparent: " + parent + "\nmessage: m\nupgrade:\n" + upgrade;
    }

    /** The error loading the chain with {@code revisions} after the base, its model built. */
    private SqlbundleException refused(String... revisions) {
        return assertThrows(SqlbundleException.class, () -> load(revisions).model());
    }

    /** Revision b1: table c (id, a, b) with the given {@code foreign_keys:} items, then {@code ops}. */
    private static String tableC(String keys, String ops) {
        return revision("b1", "a1", """
                  - create_table:
                      name: c
                      columns: [{name: id, type: integer, primary_key: true}, {name: a, type: integer},
                                {name: b, type: integer}]
                      foreign_keys:
                """ + keys.stripIndent().indent(8) + ops.stripIndent().indent(2));
    }

    private static ForeignKey key(Compiler c, int position, String table, String name) {
        Table t = c.model().schemaAt(position).table(table).orElseThrow();
        return t.foreignKeys().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void createTableNumbersItsUnnamedKeysAndNamesTheIndexAfterTheFirstColumnWhereNoIndexServes() throws IOException {
        Compiler c = load(revision("b1", "a1", CHILD));
        ForeignKey first = key(c, 1, "c", "c_a_fkey");
        assertEquals("c_ibfk_1", first.nameOn(Dialect.MYSQL));
        assertEquals("c_ibfk_1", first.nameOn(Dialect.MARIADB));
        assertEquals("c_a_fkey", first.nameOn(Dialect.POSTGRESQL));
        // the named key on b took the index name a (its own index is named after it)
        assertEquals(Optional.of("a_2"), first.serverIndex());
        // the second key on a is served by the first's index, the third by the primary key
        assertEquals("c_ibfk_2", key(c, 1, "c", "c_a_fkey1").nameOn(Dialect.MARIADB));
        assertEquals(Optional.empty(), key(c, 1, "c", "c_a_fkey1").serverIndex());
        assertEquals("c_ibfk_3", key(c, 1, "c", "c_id_fkey").nameOn(Dialect.MYSQL));
        assertEquals(Optional.empty(), key(c, 1, "c", "c_id_fkey").serverIndex());
        assertEquals(List.of(), c.model().asymmetries());
    }

    @Test
    void addForeignKeyNumbersAfterTheHighestOnTheTable() throws IOException {
        Compiler c = load(tableC("""
                - {name: k7, columns: [a], references: {table: n, columns: [id]}, dialect_names: {mysql: c_ibfk_7, mariadb: c_ibfk_7}}
                """, """
                - add_foreign_key: {table: c, name: c_b_fkey, columns: [b], references: {table: n, columns: [id]}, server_named: [mysql, mariadb]}
                """));
        assertEquals("c_ibfk_8", key(c, 1, "c", "c_b_fkey").nameOn(Dialect.MYSQL));
        assertEquals(Optional.of("b"), key(c, 1, "c", "c_b_fkey").serverIndex());
    }

    @Test
    void anIndexLeadingWithTheKeysColumnsReplacesInnodbsIndexAndOneInAnotherOrderDoesNot() throws IOException {
        // dropping ix_abx again can't bring InnoDB's own index back (the renderer adds one for the key, which
        // InnoDB would not replace later): the derived downgrade is asymmetric, and the proof says so
        Compiler c = load(tableC("""
                - {name: c_a_fkey, columns: [a], references: {table: n, columns: [id]}, server_named: [mysql, mariadb]}
                - {name: c_ab_fkey, columns: [a, b], references: {table: n, columns: [id, b]}, server_named: [mysql, mariadb]}
                """, """
                - create_index: {name: ix_ba, table: c, columns: [b, a]}
                """), revision("b2", "b1", """
                  - create_index: {name: ix_abx, table: c, columns: [a, b, id]}
                """));
        // the wider key's index (a, b) replaced the index InnoDB had made on (a), and took its name
        assertEquals(Optional.empty(), key(c, 1, "c", "c_a_fkey").serverIndex());
        assertEquals(Optional.of("a"), key(c, 1, "c", "c_ab_fkey").serverIndex());
        assertEquals(Optional.empty(), key(c, 2, "c", "c_ab_fkey").serverIndex());
        assertEquals(List.of("foreign key c_ab_fkey on c: InnoDB's index a before the upgrade, none after the downgrade"),
                c.model().asymmetries().stream().map(a -> a.object() + ": " + a.difference()).toList());
    }

    @Test
    void renameTableRenamesTheNamesTheServerGave() throws IOException {
        Compiler c = load(revision("b1", "a1", CHILD + """
                  - add_foreign_key: {table: c, name: k9, columns: [x], references: {table: n, columns: [id]}, dialect_names: {mariadb: c_ibfk_9}}
                """), revision("b2", "b1", """
                  - rename_table: {name: c, to: d}
                  - drop_constraint: {table: d, name: k9}
                """));
        assertEquals("d_ibfk_2", key(c, 2, "d", "c_a_fkey1").nameOn(Dialect.MYSQL));
        assertEquals("c_ibfk_9", key(c, 1, "c", "k9").nameOn(Dialect.MARIADB));
        String sql = c.script(Dialect.MARIADB, new Range(c.chain(), 1, 2));
        // a key the chain itself named c_ibfk_<n> is renamed too, as InnoDB does
        assertTrue(sql.contains("alter table `d` drop foreign key `d_ibfk_9`"), sql);
        String back = c.script(Dialect.MARIADB, new Range(c.chain(), 2, 1));
        assertTrue(back.contains("alter table `d` add constraint `d_ibfk_9`"), back);
        assertEquals(List.of(), c.model().asymmetries());
    }

    @Test
    void mysqlAndMariadbCreateTheKeyUnnamedAndDropItByThePredictedName() throws IOException {
        Compiler c = load(revision("b1", "a1", CHILD), revision("b2", "b1", """
                  - drop_constraint: {table: c, name: c_id_fkey}
                  - add_foreign_key: {table: c, name: c_x_fkey, columns: [x], references: {table: n, columns: [id]}, server_named: [mysql, mariadb]}
                """));
        assertEquals("c_ibfk_3", key(c, 2, "c", "c_x_fkey").nameOn(Dialect.MYSQL));
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            String create = c.script(d, new Range(c.chain(), 0, 1));
            assertTrue(create.contains("constraint `a` foreign key (`b`)"), create);
            assertTrue(create.contains("foreign key (`a`)"), create);
            assertFalse(create.contains("c_a_fkey") || create.contains("c_ibfk"), create);
            String alter = c.script(d, new Range(c.chain(), 1, 2));
            assertTrue(alter.contains("alter table `c` drop foreign key `c_ibfk_3`"), alter);
            assertTrue(alter.contains("alter table `c` add foreign key (`x`)"), alter);
            // the derived downgrade re-adds the dropped key, which the server numbers 3 again
            String down = c.script(d, new Range(c.chain(), 2, 1));
            assertTrue(down.contains("alter table `c` drop foreign key `c_ibfk_3`"), down);
            assertTrue(down.contains("alter table `c` add foreign key (`id`)"), down);
        }
        assertEquals(List.of(), c.model().asymmetries());
        String pg = c.script(Dialect.POSTGRESQL, new Range(c.chain(), 1, 2));
        assertTrue(pg.contains("constraint \"c_x_fkey\""), pg);
    }

    @Test
    void theUnnamedStatementsParseAsMysql() {
        List<Op> ops = OpScript.ops(ServerNamedKeys.PARENT + ServerNamedKeys.CHILD + """
                - add_foreign_key: {table: c, name: c_x_fkey, columns: [x], references: {table: n, columns: [id]}, server_named: [mysql]}
                """);
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            List<String> statements = OpScript.render(Renderers.forDialect(d), Schema.EMPTY, ops).statements();
            assertTrue(statements.stream().anyMatch(x -> x.startsWith("alter table `c` add "
                    + (d == Dialect.MYSQL ? "foreign key (`x`)" : "constraint `c_x_fkey` foreign key (`x`)"))),
                    statements.toString());
            MysqlFamilyParsing.assertParses(statements);
        }
    }

    @Test
    void aDerivedDowngradeTheServerWouldNameDifferentlyIsE176AtTheDrop() throws IOException {
        SqlbundleException e = refused(revision("b1", "a1", CHILD), revision("b2", "b1", """
                  - drop_constraint: {table: c, name: c_a_fkey}
                """));
        assertEquals("E176", e.problems().get(0).code(), e.getMessage());
        assertEquals(5, e.problems().get(0).pos().line(), e.getMessage());
        assertTrue(e.getMessage().contains("names this foreign key c_ibfk_4"), e.getMessage());
        assertTrue(e.getMessage().contains("not c_ibfk_1 as the chain states"), e.getMessage());
        assertTrue(e.getMessage().contains("explicit downgrade"), e.getMessage());
    }

    @Test
    void aStatedNameThatIsNotTheServersIsE176() throws IOException {
        SqlbundleException e = refused(tableC("""
                        - {name: c_a_fkey, columns: [a], references: {table: n, columns: [id]}, server_named: [mysql, mariadb], dialect_names: {mysql: c_ibfk_2}}
                """, ""));
        assertEquals("E176", e.problems().get(0).code(), e.getMessage());
        assertTrue(e.getMessage().contains("mysql names this foreign key c_ibfk_1"), e.getMessage());
        assertTrue(e.getMessage().contains("dialect_names: {mysql: c_ibfk_1}"), e.getMessage());
    }

    @Test
    void createTableRefusesAnUnnamedKeyWhoseNumberANamedKeyHolds() throws IOException {
        // mariadb:10.11: errno 150 "Foreign key constraint is incorrectly formed"
        SqlbundleException e = refused(tableC("""
                        - {name: c_a_fkey, columns: [a], references: {table: n, columns: [id]}, server_named: [mysql, mariadb]}
                        - {name: k1, columns: [id], references: {table: n, columns: [id]}, dialect_names: {mysql: c_ibfk_1}}
                """, ""));
        assertEquals("E176", e.problems().get(0).code(), e.getMessage());
    }

    @Test
    void serverNamedOnADialectWithoutARuleIsE177AtItsLine() throws IOException {
        SqlbundleException e = refused(tableC("""
                        - name: c_a_fkey
                          columns: [a]
                          references: {table: n, columns: [id]}
                          server_named: [mysql, postgresql]
                """, ""));
        assertEquals("E177", e.problems().get(0).code(), e.getMessage());
        assertEquals(13, e.problems().get(0).pos().line(), e.getMessage());
    }
}
