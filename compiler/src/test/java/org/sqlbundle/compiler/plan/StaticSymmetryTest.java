package org.sqlbundle.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * Deliberately broken explicit downgrades: each leaves the model different from before the upgrade, and the static
 * symmetry proof refuses it with E145 at the downgrade op that left the object wrong (or at the downgrade: key when
 * no downgrade op touched it), naming the object and what differs.
 */
class StaticSymmetryTest {

    static final String BASE = """
            id: a1
            parent: null
            message: base
            upgrade:
              - create_enum: {name: st, values: [active, inactive]}
              - create_table: {name: p, columns: [{name: id, type: integer, primary_key: true}]}
              - create_table:
                  name: t
                  columns:
                    - {name: id, type: integer, primary_key: true}
                    - {name: name, type: string(255), nullable: false, default: x}
                    - {name: status, type: enum(st)}
                    - {name: n, type: integer}
                    - {name: p_id, type: integer}
                  foreign_keys:
                    - {name: fk_t_p, columns: [p_id], references: {table: p, columns: [id]}, on_delete: cascade}
                  unique:
                    - {name: uq_t_name, columns: [name]}
                  checks:
                    - {name: ck_t_n, expression: "n >= 0"}
              - create_table:
                  name: q
                  columns: [{name: id, type: integer}, {name: k, type: string(10)}]
                  primary_key: {name: pk_q, columns: [id]}
              - create_index: {name: ix_t_n, table: t, columns: [n]}
              - create_index: {name: ix_q_k, table: q, columns: [k]}
              - create_view: {name: v_t, sql: "select id, name from t"}
            """;

    @TempDir
    Path dir;

    /** name, upgrade ops, downgrade ops (one per line), line of the expected error, object, what differs. */
    static Stream<Arguments> brokenDowngrades() {
        return Stream.of(
                broken("column type not restored",
                        "alter_column: {table: t, name: name, type: string(36), destructive: true}",
                        "alter_column: {table: t, name: name, type: string(64)}", 7,
                        "column t.name", "type string(255) before the upgrade, string(64) after the downgrade"),
                broken("nullability not restored", "alter_column: {table: t, name: n, nullable: false}",
                        "alter_column: {table: t, name: n, default: 0}", 7,
                        "column t.n", "nullability nullable before the upgrade, NOT NULL after the downgrade"),
                broken("default not restored", "alter_column: {table: t, name: name, default: y}",
                        "alter_column: {table: t, name: name, default: null}", 7,
                        "column t.name", "default 'x' before the upgrade, none after the downgrade"),
                broken("dropped index not recreated", "drop_index: {name: ix_t_n}", null, 6,
                        "index ix_t_n on t", "present before the upgrade, missing after the downgrade"),
                broken("created index left behind", "create_index: {name: ix_t_name, table: t, columns: [name]}",
                        null, 6, "index ix_t_name on t", "absent before the upgrade, present after the downgrade"),
                broken("index recreated on other columns", "drop_index: {name: ix_t_n}",
                        "create_index: {name: ix_t_n, table: t, columns: [n, id]}", 7,
                        "index ix_t_n on t", "columns (n) before the upgrade, (n, id) after the downgrade"),
                broken("index recreated unique", "drop_index: {name: ix_t_n}",
                        "create_index: {name: ix_t_n, table: t, columns: [n], unique: true}", 7,
                        "index ix_t_n on t", "unique not unique before the upgrade, unique after the downgrade"),
                broken("unique constraint on other columns", "drop_constraint: {table: t, name: uq_t_name}",
                        "add_unique: {table: t, name: uq_t_name, columns: [name, n]}", 7,
                        "unique constraint uq_t_name on t", "columns (name) before the upgrade, (name, n) after"),
                broken("foreign key without its on delete", "drop_constraint: {table: t, name: fk_t_p}",
                        "add_foreign_key: {table: t, name: fk_t_p, columns: [p_id], references: {table: p, "
                                + "columns: [id]}}", 7,
                        "foreign key fk_t_p on t", "on delete cascade before the upgrade, no action after"),
                broken("check with another expression", "drop_constraint: {table: t, name: ck_t_n}",
                        "add_check: {table: t, name: ck_t_n, expression: \"n > 0\"}", 7,
                        "check constraint ck_t_n on t", "expression 'n >= 0' before the upgrade, 'n > 0' after"),
                broken("enum recreated with fewer values", "drop_column: {table: t, name: status}\n  - drop_enum: {name: st}",
                        "create_enum: {name: st, values: [active]}\n  - add_column: {table: t, column: {name: status, "
                                + "type: enum(st)}}", 8,
                        "enum st", "values [active, inactive] before the upgrade, [active] after the downgrade"),
                broken("enum value added back at the end", "drop_enum_value: {name: st, value: active}",
                        "add_enum_value: {name: st, value: active}", 7,
                        "enum st", "values [active, inactive] before the upgrade, [inactive, active] after the downgrade"),
                broken("added enum value left behind", "add_enum_value: {name: st, value: paused, after: active}",
                        "drop_enum_value: {name: st, value: inactive}\n  - add_enum_value: {name: st, value: inactive}",
                        8, "enum st", "values [active, inactive] before the upgrade, [active, paused, inactive] after"),
                broken("view recreated with another query", "drop_view: {name: v_t}",
                        "create_view: {name: v_t, sql: \"select id from t\"}", 7,
                        "view v_t", "query 'select id, name from t' before the upgrade, 'select id from t' after"),
                broken("rename not reversed", "rename_table: {name: q, to: q2}",
                        "rename_table: {name: q2, to: q_old}", 7,
                        "table q_old", "absent before the upgrade, present after the downgrade"),
                broken("primary key recreated on other columns", "drop_table: {name: q}",
                        "create_table: {name: q, columns: [{name: id, type: integer}, {name: k, type: string(10)}], "
                                + "primary_key: {name: pk_q, columns: [id, k]}}\n  - create_index: {name: ix_q_k, "
                                + "table: q, columns: [k]}", 8,
                        "primary key of q", "columns (id) before the upgrade, (id, k) after the downgrade"),
                broken("table recreated without its index", "drop_table: {name: q}",
                        "create_table: {name: q, columns: [{name: id, type: integer}, {name: k, type: string(10)}], "
                                + "primary_key: {name: pk_q, columns: [id]}}", 7,
                        "index ix_q_k on q", "present before the upgrade, missing after the downgrade"),
                broken("the wrong index dropped", "create_index: {name: ix_t_name, table: t, columns: [name]}",
                        "drop_index: {name: ix_t_n}", 7,
                        "index ix_t_n on t", "present before the upgrade, missing after the downgrade"),
                broken("the wrong column dropped", "add_column: {table: t, column: {name: extra, type: integer}}",
                        "drop_column: {table: t, name: status}", 7,
                        "column t.status", "present before the upgrade, missing after the downgrade"),
                broken("created table left behind", "create_table: {name: z, columns: [{name: id, type: integer, "
                                + "primary_key: true}]}", null, 6,
                        "table z", "absent before the upgrade, present after the downgrade"),
                broken("column re-added with another type", "drop_column: {table: t, name: status}",
                        "add_column: {table: t, column: {name: status, type: string(10)}}", 7,
                        "column t.status", "type enum(st) before the upgrade, string(10) after the downgrade"),
                broken("primary key recreated under another name by create_primary_key",
                        "drop_constraint: {table: q, name: pk_q}",
                        "create_primary_key: {table: q, name: pk_q2, columns: [id]}", 7,
                        "primary key of q", "name 'pk_q' before the upgrade, 'pk_q2' after the downgrade"),
                broken("primary key not recreated", "drop_constraint: {table: t, name: t_pkey}", null, 6,
                        "primary key of t (id)", "present before the upgrade, missing after the downgrade"),
                broken("column renamed back to another name", "alter_column: {table: t, name: n, rename_to: m}",
                        "alter_column: {table: t, name: m, rename_to: n2}", 7,
                        "column t.n", "present before the upgrade, missing after the downgrade"));
    }

    private static Arguments broken(String name, String up, String down, int line, String object, String what) {
        return Arguments.of(name, up, down, line, object, what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDowngrades")
    void brokenDowngradeIsRefusedAtTheRightPlace(String name, String up, String down, int line, String object,
                                                 String what) throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", "id: b2\nparent: a1\nmessage: m\nupgrade:\n  - " + up + "\ndowngrade:"
                + (down == null ? " []" : "\n  - " + down) + "\n");
        Compiler compiler = Compiler.configure().chainDir(dir).load();
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> Symmetry.enforce(List.of(compiler.model()), List.of()));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        Problem p = e.problems().stream().filter(x -> x.message().contains(object + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError(object + " not named in:\n" + e.getMessage()));
        assertEquals("E145", p.code(), p.format());
        assertTrue(p.pos().file().endsWith("2.yaml"), p.format());
        assertEquals(line, p.pos().line(), p.format());
        assertTrue(p.message().startsWith("revision b2: the downgrade does not restore the schema: "), p.format());
        assertTrue(p.message().contains(object + ": " + what), p.format());
        assertTrue(p.hint().orElseThrow().contains("--allow-asymmetric b2"), p.format());
    }

    @Test
    void aCorrectExplicitDowngradeAndADerivedOneAreSymmetric() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", """
                id: b2
                parent: a1
                message: m
                upgrade:
                  - drop_constraint: {table: t, name: fk_t_p}
                  - alter_column: {table: t, name: name, type: text, default: null}
                  - drop_table: {name: q}
                  - drop_view: {name: v_t}
                downgrade:
                  - create_view: {name: v_t, sql: "select id, name from t"}
                  - create_table: {name: q, columns: [{name: id, type: integer}, {name: k, type: string(10)}], primary_key: {name: pk_q, columns: [id]}}
                  - create_index: {name: ix_q_k, table: q, columns: [k]}
                  - alter_column: {table: t, name: name, type: string(255), default: x, destructive: true}
                  - add_foreign_key: {table: t, name: fk_t_p, columns: [p_id], references: {table: p, columns: [id]}, on_delete: cascade}
                """);
        write("3.yaml", """
                id: c3
                parent: b2
                message: derived
                upgrade:
                  - drop_column: {table: t, name: status}
                  - drop_enum: {name: st}
                  - rename_table: {name: t, to: t2}
                  - create_enum: {name: st2, values: [a]}
                """);
        Compiler compiler = Compiler.configure().chainDir(dir).load();
        assertEquals(List.of(), compiler.model().asymmetries());
        assertEquals(List.of(), Symmetry.enforce(List.of(compiler.model()), List.of()));
    }

    @Test
    void allowedInTheFileOrOnTheCommandLineItIsAWarning() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", "id: b2\nparent: a1\nmessage: m\nsymmetry: {allow_asymmetric: \"duplicate index\"}\n"
                + "upgrade:\n  - drop_index: {name: ix_t_n}\ndowngrade: []\n");
        write("3.yaml", "id: c3\nparent: b2\nmessage: m\nupgrade:\n  - drop_index: {name: ix_q_k}\ndowngrade: []\n");
        Compiler compiler = Compiler.configure().chainDir(dir).load();
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> Symmetry.enforce(List.of(compiler.model()), List.of()));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("revision c3:"), e.getMessage());
        List<Problem> warnings = Symmetry.enforce(List.of(compiler.model()), List.of("c3"));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).format("warning").contains("warning[E145]: revision b2: the downgrade does not "
                + "restore the schema (allowed by the revision: duplicate index): index ix_t_n on t"),
                warnings.get(0).format("warning"));
        assertTrue(warnings.get(1).message().contains("(allowed by --allow-asymmetric): index ix_q_k on q"),
                warnings.get(1).message());
        SqlbundleException unknown = assertThrows(SqlbundleException.class,
                () -> Symmetry.enforce(List.of(compiler.model()), List.of("zzzz")));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, unknown.kind());
    }

    @Test
    void anEmptyReasonIsRefusedAtLoad() throws IOException {
        write("1.yaml", "id: a1\nparent: null\nmessage: m\nsymmetry: {allow_asymmetric: \" \"}\nupgrade: []\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> Compiler.configure().chainDir(dir).load());
        assertEquals("E029", e.problems().get(0).code(), e.getMessage());
    }

    @Test
    void revisionsWithRawSqlAreNamedAsProvenForTheModelledOpsOnly() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", "id: b2\nparent: a1\nmessage: m\nupgrade:\n  - sql: {sql: \"update t set n = 1\"}\n"
                + "downgrade:\n  - sql: {sql: \"update t set n = 0\"}\n");
        Compiler compiler = Compiler.configure().chainDir(dir).load();
        assertEquals(List.of("revision b2: contains sql ops; symmetry proven for the modelled ops only, verify "
                + "proves the rest"), Symmetry.unmodelledNotes(List.of(compiler.model())));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
