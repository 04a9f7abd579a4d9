package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Hand-written SQL is parsed at compile time. A plain load parses it while reading the files; the compiler parses
 * it beside the model. Both must find the same problems, in the same order, before anything the model finds.
 */
class SqlChecksTest {

    private static final String BASE = "id: a1\nparent: null\nmessage: m\nupgrade:\n  - create_table: {name: t, "
            + "columns: [{name: id, type: integer, primary_key: true}]}\n";

    private static final String DOWN = "downgrade:\n  - sql: {sql: \"SELECT 1\"}\n";

    /** Runs the check both ways: every assertion holds for load() and for the compiler. */
    private static void bothWays(Path dir, Consumer<SqlbundleException> check) {
        check.accept(assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir)));
        check.accept(assertThrows(SqlbundleException.class, () -> Compiler.configure().chainDir(dir).load()));
    }

    private static List<String> codes(SqlbundleException e) {
        return e.problems().stream().map(Problem::code).toList();
    }

    @Test
    void unparseableSqlFailsWithTheFileAndLineOfItsOp(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", BASE);
        write(dir, "2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql:\n      sql: \"UPDATE t SETT id = 1\"\n"
                + "downgrade:\n  - sql: {sql: \"UPDATE t SET id = 1\"}\n");
        bothWays(dir, e -> {
            assertEquals(List.of("E141"), codes(e), e.getMessage());
            Problem p = e.problems().get(0);
            assertTrue(p.pos().file().endsWith("2.yaml"), e.getMessage());
            assertEquals(5, p.pos().line(), e.getMessage());
            assertTrue(p.hint().orElse("").contains("parse: false"), e.getMessage());
        });
    }

    @Test
    void anUnparseableVariantIsNamed(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", BASE);
        write(dir, "2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql:\n      sql: \"UPDATE t SET id = 1\"\n"
                + "      dialects: {mysql: \"UPDATE t SET id = 1\", h2: \"UPDATE t SETT id = 1\"}\n" + DOWN);
        bothWays(dir, e -> {
            assertEquals(List.of("E141"), codes(e), e.getMessage());
            assertTrue(e.problems().get(0).message().startsWith("sql (its 'dialects: h2' variant): JSqlParser can't "
                    + "parse this SQL"), e.getMessage());
        });
    }

    @Test
    void aViewMustBeOneSelect(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", BASE);
        write(dir, "2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - create_view: {name: v, sql: \"DELETE FROM t\"}\n");
        bothWays(dir, e -> assertEquals(List.of("E142"), codes(e), e.getMessage()));
    }

    @Test
    void sqlMarkedNotToParseIsLeftAlone(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", BASE);
        write(dir, "2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql:\n      sql: \"VACUUMM t\"\n"
                + "      parse: false\n" + DOWN);
        assertEquals(2, ChainLoader.load(dir).size());
        assertEquals(2, Compiler.configure().chainDir(dir).load().chain().size());
    }

    @Test
    void unparseableSqlIsReportedBeforeWhatTheModelFinds(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", BASE);
        write(dir, "2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql: {sql: \"UPDATE t SETT id = 1\"}\n" + DOWN);
        write(dir, "3.yaml", "id: a3\nparent: a2\nmessage: m\nupgrade:\n  - drop_table: {name: missing}\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> Compiler.configure().chainDir(dir).load());
        assertEquals(List.of("E141"), codes(e), e.getMessage());
    }

    @Test
    void unparseableSqlIsReportedWithTheOtherFilesProblemsInFileOrder(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", BASE);
        write(dir, "2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql: {sql: \"UPDATE t SETT id = 1\"}\n" + DOWN);
        write(dir, "3.yaml", "id: a3\nparent: a2\nmessage: [unclosed\n");
        write(dir, "4.yaml", "id: a4\nparent: a3\nmessage: m\nupgrade:\n  - sql: {sql: \"DELET FROM t\"}\n" + DOWN);
        bothWays(dir, e -> {
            assertEquals(List.of("E141", "E002", "E141"), codes(e), e.getMessage());
            assertEquals(List.of("2.yaml", "3.yaml", "4.yaml"), e.problems().stream()
                    .map(p -> Path.of(p.pos().file()).getFileName().toString()).toList());
        });
    }

    @Test
    void unparseableSqlIsReportedBeforeProblemsOfTheChainsShape(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", BASE);
        write(dir, "2.yaml", "id: a2\nparent: nope\nmessage: m\nupgrade:\n  - sql: {sql: \"UPDATE t SETT id = 1\"}\n" + DOWN);
        bothWays(dir, e -> assertEquals(List.of("E141"), codes(e), e.getMessage()));
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
