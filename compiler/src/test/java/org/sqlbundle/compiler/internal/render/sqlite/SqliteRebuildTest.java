package org.sqlbundle.compiler.internal.render.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.testing.OpScript;

/** Table rebuilds against real data: rows, foreign-key actions, sequences, and the aborts that protect them. */
class SqliteRebuildTest {

    private static final String TABLES = """
            - create_table:
                name: group
                columns: [{name: a, type: integer}, {name: b, type: string(5)}, {name: label, type: text}]
                primary_key: {name: pk_group, columns: [a, b]}
            - create_table:
                name: user
                columns: [{name: id, type: integer, primary_key: true}, {name: ga, type: integer}, {name: gb, type: string(5)}]
            """;

    private static final String ROWS = """
            INSERT INTO "group" VALUES (1, 'x', 'one'), (2, 'y', 'two');
            INSERT INTO "user" VALUES (10, 1, 'x'), (11, 2, 'y'), (12, NULL, NULL)""";

    private static final String ADD_FK = """
            - add_foreign_key: {table: user, name: fk_user_group, columns: [ga, gb], references: {table: group, columns: [a, b]}, on_delete: cascade}
            """;

    private static final String ALTER_PARENT = """
            - alter_column: {table: group, name: label, type: string(40), nullable: false, default: none}
            """;

    private final SqliteRenderer renderer = new SqliteRenderer();
    private Schema schema = Schema.EMPTY;

    /** Renders {@code yaml} from the schema the previous call left, and advances it. */
    private List<String> render(String yaml) {
        List<Op> ops = OpScript.ops(yaml);
        OpScript.Rendered r = OpScript.render(renderer, schema, ops);
        schema = r.after();
        return r.statements();
    }

    private static List<String> rows() {
        return List.of(ROWS.split(";\n"));
    }

    @Test
    void childRebuildUnderEnforcedForeignKeysKeepsRowsAndCascades(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("t.db"))) {
            db.execute("PRAGMA foreign_keys = ON");
            db.inTransaction(render(TABLES));
            db.execute(rows());
            db.inTransaction(render(ADD_FK));
            assertEquals("10|1|x\n11|2|y\n12||", db.single("SELECT * FROM \"user\" ORDER BY id"));
            db.execute("DELETE FROM \"group\" WHERE a = 1");
            assertEquals("11\n12", db.single("SELECT id FROM \"user\" ORDER BY id"), "ON DELETE CASCADE after rebuild");
            SQLException e = assertThrows(SQLException.class,
                    () -> db.execute("INSERT INTO \"user\" VALUES (13, 9, 'z')"));
            assertTrue(e.getMessage().contains("FOREIGN KEY constraint failed"), e.getMessage());
        }
    }

    @Test
    void parentRebuildUnderEnforcedForeignKeysStopsBeforeAnyChange(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("t.db"))) {
            db.execute("PRAGMA foreign_keys = ON");
            db.inTransaction(render(TABLES + ADD_FK));
            db.execute(rows());
            String schemaBefore = db.single("SELECT sql FROM sqlite_master ORDER BY name");
            SQLException e = assertThrows(SQLException.class, () -> db.inTransaction(render(ALTER_PARENT)));
            assertTrue(e.getMessage().contains("rebuilding table group, which foreign keys reference, needs PRAGMA "
                    + "foreign_keys=OFF"), e.getMessage());
            assertEquals(schemaBefore, db.single("SELECT sql FROM sqlite_master ORDER BY name"));
            assertEquals("3", db.single("SELECT count(*) FROM \"user\""), "no cascade happened");
        }
    }

    @Test
    void parentRebuildWithForeignKeysOffKeepsChildRowsAndTheirCascade(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("t.db"))) {
            db.inTransaction(render(TABLES + ADD_FK));
            db.execute(rows());
            db.inTransaction(render(ALTER_PARENT));
            assertEquals("1|x|one\n2|y|two", db.single("SELECT * FROM \"group\" ORDER BY a"));
            assertEquals("3", db.single("SELECT count(*) FROM \"user\""));
            assertEquals("", db.single("SELECT * FROM pragma_foreign_key_check"));
            db.execute("PRAGMA foreign_keys = ON");
            db.execute("DELETE FROM \"group\" WHERE a = 2");
            assertEquals("10\n12", db.single("SELECT id FROM \"user\" ORDER BY id"), "cascade still points at group");
        }
    }

    @Test
    void rowsThatBreakANewForeignKeyAbortTheRebuild(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("t.db"))) {
            db.inTransaction(render(TABLES));
            db.execute(rows());
            db.execute("INSERT INTO \"user\" VALUES (13, 9, 'z')");
            SQLException e = assertThrows(SQLException.class, () -> db.inTransaction(render(ADD_FK)));
            assertTrue(e.getMessage().contains("rows of table user violate its foreign keys"), e.getMessage());
            assertEquals("", db.single("SELECT \"table\" FROM pragma_foreign_key_list('user')"), "rolled back");
        }
    }

    @Test
    void rowsThatBreakANewForeignKeyAbortTheClientScript(@TempDir Path dir) throws Exception {
        SqliteClient.requireClient();
        Path db = dir.resolve("t.db");
        List<String> script = new ArrayList<>(render(TABLES));
        script.addAll(rows());
        script.add("INSERT INTO \"user\" VALUES (13, 9, 'z')");
        script.add("BEGIN");
        script.addAll(render(ADD_FK));
        script.add("COMMIT");
        SqliteClient.Result r = SqliteClient.runScript(db, script);
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("CHECK constraint failed: sqlbundle: rows of table user violate"), r.stderr());
        assertEquals("", SqliteClient.query(db, "SELECT \"table\" FROM pragma_foreign_key_list('user')"));
    }

    @Test
    void parentRebuildWithEnforcementOnAbortsTheClientScript(@TempDir Path dir) throws Exception {
        SqliteClient.requireClient();
        Path db = dir.resolve("t.db");
        List<String> script = new ArrayList<>(render(TABLES + ADD_FK));
        script.addAll(rows());
        script.add("PRAGMA foreign_keys = ON");
        script.add("BEGIN");
        script.addAll(render(ALTER_PARENT));
        script.add("COMMIT");
        SqliteClient.Result r = SqliteClient.runScript(db, script);
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("needs PRAGMA foreign_keys=OFF"), r.stderr());
        assertEquals("3", SqliteClient.query(db, "SELECT count(*) FROM \"user\""));
    }

    @Test
    void autoincrementKeepsItsHighWaterMarkThroughARebuild(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("t.db"))) {
            db.inTransaction(render("""
                    - create_table:
                        name: order
                        columns: [{name: id, type: integer, primary_key: true, autoincrement: true}, {name: n, type: text}]
                    """));
            db.execute("INSERT INTO \"order\" (n) VALUES ('a'), ('b'), ('c')", "DELETE FROM \"order\" WHERE id = 3");
            db.inTransaction(render("- alter_column: {table: order, name: n, nullable: false, default: x}"));
            db.execute("INSERT INTO \"order\" (n) VALUES ('d')");
            assertEquals("1|a\n2|b\n4|d", db.single("SELECT * FROM \"order\" ORDER BY id"));
            assertEquals("order|4", db.single("SELECT * FROM sqlite_sequence"));
        }
    }

    @Test
    void makingAColumnNotNullFailsOnNullRowsAndChangesNothing(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("t.db"))) {
            db.inTransaction(render(TABLES));
            db.execute(rows());
            SQLException e = assertThrows(SQLException.class,
                    () -> db.inTransaction(render("- alter_column: {table: user, name: ga, nullable: false}")));
            assertTrue(e.getMessage().contains("NOT NULL constraint failed"), e.getMessage());
            assertEquals("3", db.single("SELECT count(*) FROM \"user\""));
            assertEquals("", db.single("SELECT name FROM sqlite_master WHERE name LIKE '_sqlbundle%'"));
        }
    }
}
