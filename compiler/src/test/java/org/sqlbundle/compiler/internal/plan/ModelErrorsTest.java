package org.sqlbundle.compiler.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.errors.SqlbundleException;

/** One run reports every independent model error, as a compiler does, and not the echoes of one. */
class ModelErrorsTest {

    private static final String BASE = "id: r1\nparent: null\nmessage: m\nupgrade:\n"
            + "  - create_table: {name: a, columns: [{name: id, type: integer, primary_key: true}]}\n"
            + "  - create_table: {name: b, columns: [{name: id, type: integer, primary_key: true}]}\n";

    @TempDir
    Path dir;

    private List<String> problems() {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> Compiler.configure().chainDir(dir).load());
        return e.problems().stream().map(p -> Path.of(p.pos().file()).getFileName() + ":" + p.pos().line() + " "
                + p.code()).toList();
    }

    private void revision(int n, String ops) throws IOException {
        Files.writeString(dir.resolve(n + ".yaml"), "id: r" + n + "\nparent: r" + (n - 1) + "\nmessage: m\nupgrade:\n"
                + ops);
    }

    @Test
    void errorsInDifferentRevisionsAndTablesAreAllReported() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE);
        revision(2, "  - drop_column: {table: a, name: nope}\n");
        revision(3, "  - create_index: {name: ix_b, table: b, columns: [nope]}\n");
        revision(4, "  - drop_table: {name: missing}\n");
        assertEquals(List.of("2.yaml:5 E103", "3.yaml:5 E103", "4.yaml:5 E101"), problems());
    }

    @Test
    void errorsInDifferentTablesOfOneRevisionAreAllReported() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE);
        revision(2, "  - drop_column: {table: a, name: nope}\n  - drop_column: {table: b, name: nope}\n");
        assertEquals(List.of("2.yaml:5 E103", "2.yaml:6 E103"), problems());
    }

    @Test
    void anErrorThatOnlyEchoesAnEarlierOneIsLeftOut() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE);
        revision(2, "  - rename_table: {name: nope, to: c}\n");
        revision(3, "  - add_column: {table: c, column: {name: x, type: integer}}\n");
        revision(4, "  - create_index: {name: ix_c, table: c, columns: [x]}\n  - drop_table: {name: gone}\n");
        assertEquals(List.of("2.yaml:5 E101", "4.yaml:6 E101"), problems());
    }

    @Test
    void theOpsAroundAFailedOneStillApply() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE);
        revision(2, "  - drop_table: {name: missing}\n  - add_column: {table: a, column: {name: x, type: integer}}\n");
        revision(3, "  - create_index: {name: ix_a, table: a, columns: [x]}\n");
        assertEquals(List.of("2.yaml:5 E101"), problems());
    }

    @Test
    void atMostFiftyAreReported() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE);
        for (int n = 2; n <= 70; n++) {
            revision(n, "  - drop_table: {name: missing_" + n + "}\n");
        }
        assertEquals(ModelErrors.LIMIT, problems().size());
    }
}
