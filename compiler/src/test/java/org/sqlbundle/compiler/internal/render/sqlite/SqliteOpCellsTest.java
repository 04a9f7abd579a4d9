package org.sqlbundle.compiler.internal.render.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.render.VocabularyScript;
import org.sqlbundle.compiler.internal.render.sqlite.SqliteCells.Cell;
import org.sqlbundle.compiler.testing.OpScript;

/**
 * Every op, executed: each cell's script runs forward in one transaction (as a bundle runs a revision), its
 * data is checked, then the derived downgrade runs and must leave the database empty again. Once through the
 * JDBC driver and once through the real sqlite3 3.40 client with -bail.
 */
class SqliteOpCellsTest {

    private static final String USER_OBJECTS = "SELECT type || ' ' || name FROM sqlite_master "
            + "WHERE name NOT LIKE 'sqlite_%' ORDER BY name";

    private final SqliteRenderer renderer = new SqliteRenderer();

    static List<Cell> cells() {
        return SqliteCells.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void runsForwardAndBackThroughJdbc(Cell cell, @TempDir Path dir) throws Exception {
        List<Op> ops = OpScript.ops(cell.yaml());
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("cell.db"))) {
            db.inTransaction(OpScript.render(renderer, Schema.EMPTY, ops).statements());
            assertEquals(cell.expected(), db.single(cell.check()), "data after the upgrade");
            assertEquals("ok", db.single("PRAGMA integrity_check"));
            db.inTransaction(OpScript.renderReverse(renderer, Schema.EMPTY, ops).statements());
            assertEquals("", db.single(USER_OBJECTS), "objects left after the downgrade");
            assertEquals("", db.single("SELECT name FROM sqlite_temp_master"), "temp objects left behind");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void runsForwardAndBackThroughTheSqlite3Client(Cell cell, @TempDir Path dir) throws Exception {
        SqliteClient.requireClient();
        List<Op> ops = OpScript.ops(cell.yaml());
        Path db = dir.resolve("cell.db");
        runClean(db, OpScript.render(renderer, Schema.EMPTY, ops).statements());
        assertEquals(cell.expected(), SqliteClient.query(db, cell.check()), "data after the upgrade");
        runClean(db, OpScript.renderReverse(renderer, Schema.EMPTY, ops).statements());
        assertEquals("", SqliteClient.query(db, USER_OBJECTS), "objects left after the downgrade");
    }

    /** The shared every-op script (render/VocabularyScript) through the real client as well. */
    @Test
    void vocabularyScriptRunsThroughTheSqlite3Client(@TempDir Path dir) throws Exception {
        SqliteClient.requireClient();
        List<Op> ops = VocabularyScript.ops();
        Path db = dir.resolve("vocabulary.db");
        runClean(db, OpScript.render(renderer, Schema.EMPTY, ops).statements());
        assertEquals("table group\ntable order", SqliteClient.query(db, USER_OBJECTS.replace("name NOT LIKE",
                "type = 'table' AND name NOT LIKE")));
        runClean(db, OpScript.renderReverse(renderer, Schema.EMPTY, ops).statements());
        assertEquals("", SqliteClient.query(db, USER_OBJECTS), "objects left after the downgrade");
    }

    private static void runClean(Path db, List<String> statements) throws Exception {
        List<String> script = new ArrayList<>();
        script.add("BEGIN");
        script.addAll(statements);
        script.add("COMMIT");
        SqliteClient.Result r = SqliteClient.runScript(db, script);
        assertEquals(0, r.exitCode(), () -> "sqlite3 -bail failed: " + r.stderr() + "\nscript:\n"
                + String.join(";\n", script));
        assertEquals("", r.stderr().strip());
    }
}
