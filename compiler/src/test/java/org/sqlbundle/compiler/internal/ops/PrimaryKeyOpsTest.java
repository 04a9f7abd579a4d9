package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** create_primary_key and drop_constraint of a primary key: the model's rules, derived undos and each dialect's SQL. */
class PrimaryKeyOpsTest {

    static final String BASE = """
            id: a1
            parent: null
            message: base
            upgrade:
              - create_table:
                  name: t
                  columns:
                    - {name: a, type: integer, nullable: false}
                    - {name: b, type: string(10)}
              - create_table: {name: u, columns: [{name: id, type: integer, primary_key: true}]}
              - create_table: {name: s, columns: [{name: id, type: integer, primary_key: true, autoincrement: true}]}
              - create_table:
                  name: r
                  columns: [{name: id, type: integer, primary_key: true}, {name: u_id, type: integer}]
                  foreign_keys: [{name: fk_r_u, columns: [u_id], references: {table: u, columns: [id]}}]
            """;

    @TempDir
    Path dir;

    private Compiler chain(String upgrade) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2.yaml"), "id: b2\nparent: a1\nmessage: m\nupgrade:\n" + upgrade,
                StandardCharsets.UTF_8);
        return Compiler.configure().chainDir(dir).load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "key already there|  - create_primary_key: {table: u, name: pk_u, columns: [id]}  ;;|E130|already has a primary key"
                + "|drop_constraint: {table: u, name: u_pkey}",
        "column missing|  - create_primary_key: {table: t, name: pk_t, columns: [a, c]}  ;;|E103|'t.c' does not exist"
                + "|did you mean",
        "nullable column|  - create_primary_key: {table: t, name: pk_t, columns: [a, b]}  ;;|E131|'t.b' is nullable"
                + "|alter_column: {table: t, name: b, nullable: false}",
        "name taken|  - add_unique: {table: t, name: uq_t, columns: [a]}  ;;  - create_primary_key: {table: t, name: uq_t, "
                + "columns: [a]}  ;;|E104|already has a unique constraint named 'uq_t'|pick another name",
        "autoincrement key dropped|  - drop_constraint: {table: s, name: s_pkey}  ;;|E132|autoincrement|recreate",
        "key a foreign key needs|  - drop_constraint: {table: u, name: PRIMARY}  ;;|E120|r.fk_r_u relies on it"
                + "|drop that foreign key first",
        "no such constraint|  - drop_constraint: {table: t, name: t_pkey}  ;;|E119|has no constraint named 't_pkey'"
                + "|the table has no named constraints"})
    void refusedAtTheOp(String name, String upgrade, String code, String message, String hint) {
        // one op per ';;' (a CSV value can't hold a line break)
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> chain(java.util.Arrays.stream(upgrade.split(";;")).map(String::strip).filter(o -> !o.isEmpty())
                        .map(o -> "  " + o + "\n").collect(java.util.stream.Collectors.joining())));
        Problem p = e.problems().get(0);
        assertEquals(code, p.code(), p.format());
        assertTrue(p.pos().file().endsWith("2.yaml") && p.pos().line() >= 5, p.format());
        assertTrue(p.message().contains(message), p.format());
        assertTrue(p.hint().orElse("").contains(hint), p.format());
    }

    @Test
    void derivedUndosRestoreTheKeyAsItWas() throws IOException {
        Compiler c = chain("""
                  - alter_column: {table: t, name: b, nullable: false}
                  - create_primary_key: {table: t, name: pk_t, columns: [a, b]}
                  - drop_constraint: {table: r, name: r_pkey}
                  - create_primary_key: {table: r, name: pk_r, columns: [id]}
                """);
        RevisionPlan plan = c.model().plan(1);
        assertEquals(List.of("drop_constraint", "create_primary_key", "drop_constraint", "alter_column"),
                plan.downgrade().stream().map(p -> p.op().opName()).toList());
        // the unnamed key comes back unnamed, so each server names it as it did at first
        CreatePrimaryKey back = (CreatePrimaryKey) plan.downgrade().get(1).op();
        assertEquals(new PrimaryKey("", List.of("id")), back.primaryKey());
        assertEquals(List.of(), c.model().asymmetries());
        assertEquals(new PrimaryKey("pk_t", List.of("a", "b")),
                c.model().schemaAt(1).table("t").orElseThrow().primaryKey().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "POSTGRESQL|alter table \"r\" drop constraint \"r_pkey\"|alter table \"r\" add constraint \"pk_r\" primary key (\"id\")"
                + "|alter table \"r\" add primary key (\"id\")",
        "H2|alter table \"r\" drop primary key|alter table \"r\" add constraint \"pk_r\" primary key (\"id\")"
                + "|alter table \"r\" add primary key (\"id\")",
        "MYSQL|alter table `r` drop primary key|alter table `r` add primary key (`id`)|alter table `r` add primary key (`id`)",
        "MARIADB|alter table `r` drop primary key|alter table `r` add primary key (`id`)|alter table `r` add primary key (`id`)"})
    void eachDialectDropsAndAddsTheKeyItsWay(Dialect dialect, String drop, String add, String addBack)
            throws IOException {
        Compiler c = chain("""
                  - drop_constraint: {table: r, name: PRIMARY}
                  - create_primary_key: {table: r, name: pk_r, columns: [id]}
                """);
        Chain ch = c.chain();
        String up = c.script(dialect, new Range(ch, 0, 1)).toLowerCase(java.util.Locale.ROOT);
        assertTrue(up.contains(drop + ";\n"), up);
        assertTrue(up.contains(add + ";\n"), up);
        String down = c.script(dialect, new Range(ch, 1, 0)).toLowerCase(java.util.Locale.ROOT);
        assertTrue(down.contains(addBack + ";\n"), down);
    }

    @Test
    void sqliteRebuildsTheTable() throws IOException {
        Compiler c = chain("  - create_primary_key: {table: t, name: pk_t, columns: [a]}\n");
        String up = c.script(Dialect.SQLITE, new Range(c.chain(), 0, 1));
        assertTrue(up.contains("CONSTRAINT \"pk_t\" PRIMARY KEY (\"a\")"), up);
        assertTrue(up.contains("ALTER TABLE"), up);
    }
}
