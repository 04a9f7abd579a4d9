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
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** table_options of create_table and alter_table_options: spellings, the model's rules, derived undos, each dialect's SQL. */
class TableOptionsOpsTest {

    static final String BASE = """
            id: a1
            parent: null
            message: base
            upgrade:
              - create_table:
                  name: t
                  table_options: {engine: innodb, charset: UTF8MB4, collation: utf8mb4_unicode_ci}
                  columns: [{name: id, type: integer, primary_key: true}, {name: s, type: string(10)}]
              - create_table: {name: plain, columns: [{name: id, type: integer, primary_key: true}]}
              - create_table:
                  name: child
                  table_options: {engine: InnoDB}
                  columns: [{name: id, type: integer, primary_key: true}, {name: t_id, type: integer}]
                  foreign_keys: [{name: fk_child_t, columns: [t_id], references: {table: t, columns: [id]}}]
            """;

    @TempDir
    Path dir;

    private Compiler chain(String upgrade) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2.yaml"), "id: b2\nparent: a1\nmessage: m\nupgrade:\n" + upgrade,
                StandardCharsets.UTF_8);
        return Compiler.configure().chainDir(dir).load();
    }

    @Test
    void spellingsAreCanonicalInTheModel() throws IOException {
        Compiler c = chain("  - create_table: {name: m, table_options: {collation: latin1_bin}, columns: "
                + "[{name: a, type: integer}]}\n");
        assertEquals(new TableOptions(Optional.of("InnoDB"), Optional.of("utf8mb4"), Optional.of("utf8mb4_unicode_ci")),
                c.model().schemaAt(1).table("t").orElseThrow().options());
        // a collation names its charset: the model states both
        assertEquals(new TableOptions(Optional.empty(), Optional.of("latin1"), Optional.of("latin1_bin")),
                c.model().schemaAt(1).table("m").orElseThrow().options());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown engine|  - alter_table_options: {table: t, engine: InoDB}|E162|unknown storage engine 'InoDB'"
                + "|did you mean 'InnoDB'?",
        "unknown charset|  - alter_table_options: {table: t, charset: utf8mb5}|E162|unknown character set 'utf8mb5'"
                + "|did you mean",
        "collation of another charset|  - alter_table_options: {table: t, charset: latin1, collation: utf8mb4_bin}"
                + "|E163|collation utf8mb4_bin belongs to character set utf8mb4, not latin1|pick a latin1_... collation",
        "collation of no charset|  - alter_table_options: {table: t, collation: uca1400_ai_ci}|E163"
                + "|not a collation of any known character set|full name",
        "nothing given|  - alter_table_options: {table: t}|E164|no option given|at least one of",
        "nothing changes|  - alter_table_options: {table: t, engine: InnoDB}|E164|already has engine=InnoDB"
                + "|remove this op",
        "engine without foreign keys, referenced|  - alter_table_options: {table: t, engine: MyISAM}|E165"
                + "|table t uses engine MyISAM, which does not enforce foreign keys|InnoDB",
        "engine without foreign keys, referencing|  - alter_table_options: {table: child, engine: MEMORY}|E165"
                + "|table child uses engine MEMORY|InnoDB",
        "foreign key to a MyISAM table|  - create_table: {name: plain2, table_options: {engine: MyISAM}, columns: "
                + "[{name: id, type: integer, primary_key: true}]}  ;;  - add_column: {table: t, column: {name: p, type: integer}}  ;;  - add_foreign_key: {table: t, "
                + "name: fk_t_p, columns: [p], references: {table: plain2, columns: [id]}}|E165|table plain2 uses engine MyISAM"
                + "|leave the foreign key out",
        "create_table with a foreign key on MyISAM|  - create_table: {name: m, table_options: {engine: MyISAM}, columns: "
                + "[{name: t_id, type: integer}], foreign_keys: [{name: fk_m_t, columns: [t_id], references: {table: t, "
                + "columns: [id]}}]}|E165|table m uses engine MyISAM|InnoDB",
        "unknown key|  - create_table: {name: m, table_options: {engin: InnoDB}, columns: [{name: a, type: integer}]}"
                + "|E005|engin|engine",
        "unknown table|  - alter_table_options: {table: tt, engine: InnoDB}|E101|table 'tt' does not exist|did you mean"})
    void refusedAtTheOp(String name, String upgrade, String code, String message, String hint) {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> chain(java.util.Arrays.stream(upgrade.split(";;")).map(String::strip).filter(o -> !o.isEmpty())
                        .map(o -> "  " + o + "\n").collect(java.util.stream.Collectors.joining())));
        Problem p = e.problems().get(0);
        assertTrue(p.code().startsWith(code), p.format());
        assertTrue(p.pos().file().endsWith("2.yaml") && p.pos().line() >= 5, p.format());
        assertTrue(p.message().contains(message), p.format());
        assertTrue(p.hint().orElse("").contains(hint), p.format());
    }

    @Test
    void derivedUndoRestoresTheOptionsTheModelKnew() throws IOException {
        Compiler c = chain("  - drop_constraint: {table: child, name: fk_child_t}\n"
                + "  - alter_table_options: {table: t, charset: latin1}\n"
                + "  - alter_table_options: {table: t, engine: Aria}\n");
        RevisionPlan plan = c.model().plan(1);
        List<Op> down = plan.downgrade().stream().map(p -> p.op()).toList();
        assertEquals(new AlterTableOptions(down.get(0).pos(), "t",
                new TableOptions(Optional.of("InnoDB"), Optional.empty(), Optional.empty())), down.get(0));
        assertEquals(new AlterTableOptions(down.get(1).pos(), "t", new TableOptions(Optional.empty(),
                Optional.of("utf8mb4"), Optional.of("utf8mb4_unicode_ci"))), down.get(1));
        assertEquals("add_foreign_key", down.get(2).opName());
        assertEquals(List.of(), c.model().asymmetries());
        // a charset alone takes the charset's default collation, which the model leaves unstated
        assertEquals(new TableOptions(Optional.of("Aria"), Optional.of("latin1"), Optional.empty()),
                c.model().schemaAt(1).table("t").orElseThrow().options());
    }

    @Test
    void anOptionTheChainNeverStatedNeedsAnExplicitDowngrade() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> chain("  - alter_table_options: {table: plain, engine: InnoDB, charset: utf8mb4}\n"));
        Problem p = e.problems().get(0);
        assertEquals("E140", p.code(), p.format());
        assertTrue(p.message().contains("previous engine and charset are not known to the chain"), p.format());
        assertTrue(p.hint().orElse("").contains("explicit downgrade"), p.format());
    }

    @Test
    void anExplicitDowngradeIsAccepted() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2.yaml"), """
                id: b2
                parent: a1
                message: m
                upgrade:
                  - alter_table_options: {table: plain, engine: InnoDB}
                downgrade:
                  - alter_table_options: {table: plain, engine: MyISAM}
                symmetry: {allow_asymmetric: "the server default engine was never stated"}
                """, StandardCharsets.UTF_8);
        Compiler c = Compiler.configure().chainDir(dir).load();
        String down = c.script(Dialect.MARIADB, new Range(c.chain(), 1, 0));
        assertTrue(down.contains("alter table `plain` engine = MyISAM;\n"), down);
    }

    @Test
    void mysqlFamilyRendersCreateOptionsThroughJooqAndConvertsOnAlter() throws IOException {
        Compiler c = chain("  - drop_constraint: {table: child, name: fk_child_t}\n"
                + "  - alter_table_options: {table: t, engine: Aria, collation: latin1_bin}\n");
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            String base = c.script(d, new Range(c.chain(), -1, 0));
            assertTrue(base.contains("primary key (`id`)) engine = InnoDB default character set utf8mb4 collate "
                    + "utf8mb4_unicode_ci;\n"), base);
            assertTrue(base.contains("primary key (`id`));\n"), "a table without options gets none: " + base);
            String up = c.script(d, new Range(c.chain(), 0, 1));
            assertTrue(up.contains("alter table `t` engine = Aria, convert to character set latin1 collate latin1_bin;\n"),
                    up);
            String down = c.script(d, new Range(c.chain(), 1, 0));
            assertTrue(down.contains("alter table `t` engine = InnoDB, convert to character set utf8mb4 collate "
                    + "utf8mb4_unicode_ci;\n"), down);
        }
    }

    @Test
    void aCollationAloneConvertsToItsCharset() {
        AlterTableOptions op = new AlterTableOptions(org.sqlbundle.errors.SourcePos.ofFile("autogenerate"), "t",
                new TableOptions(Optional.empty(), Optional.empty(), Optional.of("latin1_bin")));
        assertEquals(new TableOptions(Optional.of("InnoDB"), Optional.of("latin1"), Optional.of("latin1_bin")),
                op.after(new TableOptions(Optional.of("InnoDB"), Optional.of("utf8mb4"), Optional.empty())));
        assertEquals("alter table `t` convert to character set latin1 collate latin1_bin",
                org.sqlbundle.compiler.internal.render.TableOptionsDdl.alter("`t`", op));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "H2", "SQLITE"})
    void otherDialectsWriteOnlyTheOpsHeader(Dialect dialect) throws IOException {
        Compiler c = chain("  - create_table: {name: m, table_options: {engine: InnoDB}, columns: "
                + "[{name: a, type: integer}]}\n  - alter_table_options: {table: m, engine: Aria}\n");
        String up = c.script(dialect, new Range(c.chain(), 0, 1));
        assertTrue(up.contains("-- alter_table_options m engine=Aria"), up);
        assertFalse(up.toLowerCase(Locale.ROOT).contains("engine ="), up);
        String base = c.script(dialect, new Range(c.chain(), -1, 0)).toLowerCase(Locale.ROOT);
        assertFalse(base.contains("engine") || base.contains("utf8mb4"), base);
    }
}
