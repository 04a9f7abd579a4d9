package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.errors.SqlbundleException;

/** sql, delete and alter_column take destructive: "why"; the reason reaches the plan, the bundle and bundle.json. */
class DeclaredDestructiveTest {

    @TempDir
    Path dir;

    private Compiler load(String ops, String down) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), "id: a1\nparent: null\nmessage: m\nupgrade:\n  - create_table: {name: t,"
                + " columns: [{name: id, type: integer, primary_key: true}, {name: p, type: string(20)}]}\n");
        Files.writeString(dir.resolve("2.yaml"), "id: b2\nparent: a1\nmessage: m\nupgrade:\n" + ops
                + "downgrade:\n" + down);
        return Compiler.configure().chainDir(dir).load();
    }

    @Test
    void sqlAndDeleteCarryTheirReasonToThePlanAndTheBundle() throws IOException {
        Compiler c = load("  - sql: {sql: \"DELETE FROM t WHERE p IS NULL\", destructive: \"orphan rows of deleted "
                + "pools\"}\n  - delete: {table: t, where: [{id: 1}], destructive: \"the demo row\"}\n"
                + "  - alter_column: {table: t, name: p, type: string(10), destructive: \"ids are 8 characters\"}\n",
                "  - alter_column: {table: t, name: p, type: string(20)}\n");
        assertEquals(List.of("declared destructive: orphan rows of deleted pools",
                "declared destructive: the demo row (deletes rows from t)",
                "changes t.p from string(20) to string(10), which can truncate or reject existing values "
                        + "(declared: ids are 8 characters)"), c.model().plan(1).destructiveReasons(true));
        String script = c.script(Dialect.POSTGRESQL, c.chain().range("base:head", Range.Direction.UPGRADE, Chain.BASE));
        assertTrue(script.contains("-- DESTRUCTIVE: declared destructive: orphan rows of deleted pools"), script);
        assertTrue(script.contains("-- DESTRUCTIVE: declared destructive: the demo row (deletes rows from t)"), script);
    }

    @Test
    void trueStillWorksAndFalseOrAbsentDeclaresNothing() throws IOException {
        Compiler c = load("  - sql: {sql: \"UPDATE t SET p = 'x'\", destructive: true}\n"
                + "  - sql: {sql: \"UPDATE t SET p = 'y'\", destructive: false}\n", "  - sql: {sql: \"SELECT 1\"}\n");
        assertEquals(List.of("declared destructive: sql UPDATE t SET p = 'x'"),
                c.model().plan(1).destructiveReasons(true));
        assertEquals(List.of(), c.model().plan(1).destructiveReasons(false));
    }

    @Test
    void anEmptyReasonIsAnError() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> load("  - sql: {sql: \"UPDATE t SET p = 'x'\", destructive: \" \"}\n", "  - sql: {sql: \"SELECT 1\"}\n"));
        assertTrue(e.getMessage().contains("2.yaml:5:53: error[E004]: destructive needs a reason or true"),
                e.getMessage());
    }
}
