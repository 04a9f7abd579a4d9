package org.sqlbundle.compiler.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** An op the model can't reverse needs an explicit downgrade; leaving it out is a compile error at that op. */
class DerivedDowngradesTest {

    private static final String BASE = "id: a1\nparent: null\nmessage: m\nupgrade:\n  - create_table: {name: t, "
            + "columns: [{name: id, type: integer, primary_key: true}]}\n";

    @TempDir
    Path dir;

    private Problem onlyProblem() {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> Compiler.configure().chainDir(dir).load());
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void rawSqlWithoutADowngradeIsACompileErrorAtItsOp() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - create_index: {name: ix_t, table: t, "
                + "columns: [id]}\n  - sql: {sql: \"UPDATE t SET id = id + 1\"}\n");
        Problem p = onlyProblem();
        assertEquals("E140", p.code());
        assertTrue(p.pos().file().endsWith("2.yaml"), p.toString());
        assertEquals(6, p.pos().line(), p.toString());
        assertTrue(p.message().contains("revision a2") && p.message().contains("no 'downgrade:'"), p.message());
    }

    @Test
    void deletingRowsWithoutADowngradeIsACompileError() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - delete: {table: t, where: [{id: 1}]}\n");
        assertEquals("E140", onlyProblem().code());
    }

    @Test
    void anExplicitDowngradeMakesTheSameRevisionCompile() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql: {sql: \"UPDATE t SET id = id + 1\"}\n"
                + "downgrade:\n  - sql: {sql: \"UPDATE t SET id = id - 1\"}\n");
        Compiler compiler = Compiler.configure().chainDir(dir).load();
        assertEquals(1, compiler.model().plan(1).downgrade().size());
        assertEquals(false, compiler.model().plan(1).downgradeDerived());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
