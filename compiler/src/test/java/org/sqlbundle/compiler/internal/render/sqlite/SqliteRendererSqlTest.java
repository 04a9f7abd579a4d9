package org.sqlbundle.compiler.internal.render.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.internal.render.RenderContext;
import org.sqlbundle.compiler.internal.render.Support;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/** The exact SQL of key ops, so a change to the SQLite output is a visible, reviewed change. */
class SqliteRendererSqlTest {

    private final SqliteRenderer renderer = new SqliteRenderer();

    private List<String> render(String yaml) {
        return OpScript.render(renderer, Schema.EMPTY, OpScript.ops(yaml)).statements();
    }

    @Test
    void createTableKeepsEveryNamedConstraint() {
        List<String> sql = render("""
                - create_enum: {name: mood, values: [up, "it's"]}
                - create_table:
                    name: group
                    columns:
                      - {name: a, type: smallint}
                      - {name: b, type: string(5), default: "o'k"}
                    primary_key: {name: pk_group, columns: [a, b]}
                - create_table:
                    name: order
                    comment: no comments on sqlite
                    columns:
                      - {name: id, type: integer, primary_key: true, autoincrement: true}
                      - {name: at, type: datetime, nullable: false, default: {expr: current_timestamp}}
                      - {name: ok, type: boolean, default: false}
                      - {name: m, type: enum(mood)}
                      - {name: ga, type: smallint}
                      - {name: gb, type: string(5)}
                      - {name: code, type: "decimal(8,2)", unique: true}
                    checks: [{name: ck_order_code, expression: "code > 0"}]
                    foreign_keys:
                      - {name: fk_order_group, columns: [ga, gb], references: {table: group, columns: [a, b]}, on_delete: cascade, on_update: set null}
                """);
        assertEquals(List.of(
                "CREATE TABLE \"group\" (\"a\" INTEGER NOT NULL, \"b\" VARCHAR(5) NOT NULL DEFAULT 'o''k', "
                        + "CONSTRAINT \"pk_group\" PRIMARY KEY (\"a\", \"b\"))",
                "CREATE TABLE \"order\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
                        + "\"at\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, \"ok\" BOOLEAN DEFAULT 0, "
                        + "\"m\" TEXT CONSTRAINT \"ck_order_m_enum\" CHECK (\"m\" IN ('up', 'it''s')), "
                        + "\"ga\" INTEGER, \"gb\" VARCHAR(5), \"code\" NUMERIC(8,2), "
                        + "CONSTRAINT \"uq_order_code\" UNIQUE (\"code\"), CONSTRAINT \"ck_order_code\" CHECK (code > 0), "
                        + "CONSTRAINT \"fk_order_group\" FOREIGN KEY (\"ga\", \"gb\") REFERENCES \"group\" (\"a\", \"b\") "
                        + "ON DELETE CASCADE ON UPDATE SET NULL)"), sql);
    }

    @Test
    void namedAutoincrementKeyKeepsItsName() {
        assertEquals(List.of("CREATE TABLE \"t\" (\"id\" INTEGER NOT NULL CONSTRAINT \"pk_t\" PRIMARY KEY AUTOINCREMENT)"),
                render("""
                        - create_table:
                            name: t
                            columns: [{name: id, type: integer, autoincrement: true}]
                            primary_key: {name: pk_t, columns: [id]}
                        """));
    }

    @Test
    void addCheckIsATableRebuild() {
        List<String> sql = render("""
                - create_table: {name: t, columns: [{name: id, type: integer, primary_key: true}, {name: n, type: integer}]}
                - create_index: {name: ix_t_n, table: t, columns: [n]}
                - add_check: {table: t, name: ck_t_n, expression: "n > 0"}
                """);
        assertEquals(List.of(
                "CREATE TABLE \"_sqlbundle_new_t\" (\"id\" INTEGER NOT NULL, \"n\" INTEGER, PRIMARY KEY (\"id\"), "
                        + "CONSTRAINT \"ck_t_n\" CHECK (n > 0))",
                "INSERT INTO \"_sqlbundle_new_t\" (\"id\", \"n\") SELECT \"id\", \"n\" FROM \"t\"",
                "DROP TABLE \"t\"",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE \"_sqlbundle_new_t\" RENAME TO \"t\"",
                "PRAGMA legacy_alter_table = OFF",
                "CREATE INDEX \"ix_t_n\" ON \"t\" (\"n\")"), sql.subList(2, sql.size()));
    }

    @Test
    void renameAloneIsNativeAndRenameWithChangesAlsoRebuilds() {
        String table = "- create_table: {name: t, columns: [{name: id, type: integer, primary_key: true}, {name: n, type: text}]}\n";
        List<String> alone = render(table + "- alter_column: {table: t, name: n, rename_to: m}");
        assertEquals(List.of("ALTER TABLE \"t\" RENAME COLUMN \"n\" TO \"m\""), alone.subList(1, alone.size()));
        List<String> both = render(table + "- alter_column: {table: t, name: n, rename_to: m, default: x}");
        assertEquals("ALTER TABLE \"t\" RENAME COLUMN \"n\" TO \"m\"", both.get(1));
        assertEquals("INSERT INTO \"_sqlbundle_new_t\" (\"id\", \"m\") SELECT \"id\", \"m\" FROM \"t\"", both.get(3));
    }

    @Test
    void dataOpsEscapeEveryLiteral() {
        List<String> sql = render("""
                - create_table: {name: t, columns: [{name: id, type: integer, primary_key: true}, {name: 'a"b', type: text}, {name: f, type: boolean}]}
                - insert: {table: t, rows: [{id: 1, 'a"b': "it's; --", f: true}, {id: 2, f: false, 'a"b': null}]}
                - delete: {table: t, where: [{id: 1, 'a"b': "x'y"}, {'a"b': null}]}
                """);
        assertEquals(List.of(
                "INSERT INTO \"t\" (\"id\", \"a\"\"b\", \"f\") VALUES (1, 'it''s; --', 1)",
                "INSERT INTO \"t\" (\"id\", \"f\", \"a\"\"b\") VALUES (2, 0, NULL)",
                "DELETE FROM \"t\" WHERE \"id\" = 1 AND \"a\"\"b\" = 'x''y'",
                "DELETE FROM \"t\" WHERE \"a\"\"b\" IS NULL"), sql.subList(1, sql.size()));
    }

    @Test
    void sqlAndViewsLoseTrailingSemicolonsAndPreferTheSqliteVariant() {
        List<String> sql = render("""
                - sql: {sql: "UPDATE x SET a = 1;", dialects: {sqlite: "  UPDATE y SET a = 2 ;; \\n"}}
                - create_view: {name: order, sql: "SELECT 1 AS one;"}
                - drop_view: {name: order}
                """);
        assertEquals(List.of("UPDATE y SET a = 2", "CREATE VIEW \"order\" AS SELECT 1 AS one", "DROP VIEW \"order\""), sql);
    }

    @Test
    void enumsRenderNothing() {
        assertEquals(List.of(), render("- create_enum: {name: e, values: [a]}\n- drop_enum: {name: e}"));
    }

    @Test
    void bookkeepingStatements() {
        assertEquals("\"order\"", renderer.quote("order"));
        assertEquals("\"a\"\"b\"", renderer.quote("a\"b"));
        assertEquals(List.of("BEGIN"), renderer.beginTransaction());
        assertEquals(List.of("COMMIT"), renderer.commitTransaction());
        assertEquals(List.of("CREATE TABLE IF NOT EXISTS \"v\" (\"version_num\" VARCHAR(32) NOT NULL PRIMARY KEY)"),
                renderer.createVersionTable("v"));
        assertEquals(List.of("UPDATE \"v\" SET \"version_num\" = 'b''' WHERE \"version_num\" = 'a'"),
                renderer.stamp("v", Optional.of("a"), Optional.of("b'")));
        assertEquals("INSERT INTO temp.\"_sqlbundle_check\" (\"ok\") SELECT CASE WHEN ((SELECT count(*) FROM \"v\") = 1 "
                + "AND EXISTS (SELECT 1 FROM \"v\" WHERE \"version_num\" = 'x''1')) THEN 1 ELSE 0 END",
                renderer.guard("v", Optional.of("x'1")).get(2));
        assertTrue(renderer.transactionalDdl());
    }

    @Test
    void everyOpHasAnAnswer() {
        for (String op : OpReader.OP_NAMES) {
            assertTrue(renderer.support(op).how().length() > 5, op);
        }
        assertEquals(Support.Level.EMULATED, renderer.support("alter_column").level());
        assertEquals(Support.Level.EMULATED, renderer.support("create_enum").level());
        assertEquals(Support.Level.NATIVE, renderer.support("drop_column").level());
        assertThrows(IllegalArgumentException.class, () -> renderer.support("alter_table"));
    }

    /** The model refuses this too (E108); the renderer must not rely on that and emit invalid SQL. */
    @Test
    void autoincrementOutsideASingleColumnKeyIsRefusedAtTheOp() {
        Column a = new Column("a", PortableType.of(PortableType.Kind.INTEGER), false, Optional.empty(), true,
                Optional.empty());
        Column b = a.withName("b");
        Table t = new Table("t", List.of(a, b), Optional.of(new PrimaryKey("", List.of("a", "b"))), List.of(),
                List.of(), List.of(), List.of(), Optional.empty());
        CreateTable op = new CreateTable(new SourcePos("r.yaml", 4, 7), t);
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> renderer.createTable(op, new RenderContext(Schema.EMPTY, Schema.EMPTY)));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("r.yaml:4:7: error[E201]: table t: autoincrement on column a can't be "
                + "rendered for sqlite"), message);
    }

    @Test
    void emptySqlIsRefusedAtTheOp() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> render("- sql: {sql: 'SELECT 1', dialects: {sqlite: ' ; '}}"));
        assertTrue(e.problems().get(0).format().contains("E202"), e.problems().get(0).format());
    }
}
