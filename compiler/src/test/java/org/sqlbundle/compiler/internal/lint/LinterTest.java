package org.sqlbundle.compiler.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.errors.SqlbundleException;

/** Each rule on a two-revision chain: the base creates a table, the second revision does the risky thing. */
class LinterTest {

    private static final String BASE = """
            id: r1
            parent: null
            message: base
            upgrade:
              - create_table:
                  name: pools
                  columns:
                    - {name: id, type: integer, primary_key: true}
                    - {name: name, type: string(64)}
                    - {name: size, type: integer, nullable: false, default: 0}
            """;

    @TempDir
    Path dir;

    private LintReport lint(String second, Set<Dialect> dialects, List<String> ignored) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE);
        Files.writeString(dir.resolve("2.yaml"), "id: r2\nparent: r1\n" + second);
        ChainModel model = ChainModel.build(ChainLoader.load(dir), List.of());
        return Linter.lint(model, new LintScope(dialects), ignored);
    }

    private LintReport lint(String second) throws IOException {
        return lint(second, Set.of(Dialect.values()), List.of());
    }

    private static List<String> codes(LintReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    @Test
    void cleanChainHasNoFindings() throws IOException {
        LintReport report = lint("message: add a nullable column\nupgrade:\n  - add_column: {table: pools, column: "
                + "{name: note, type: text}}\n");
        assertEquals(List.of(), report.findings());
        assertFalse(report.fails(true));
        assertEquals(2, report.revisions());
    }

    @Test
    void notNullColumnWithoutDefaultOnExistingTable() throws IOException {
        LintReport report = lint("message: m\nupgrade:\n  - add_column: {table: pools, column: "
                + "{name: owner, type: string(32), nullable: false}}\n");
        assertEquals(List.of("L001"), codes(report), "the derived downgrade only drops the column");
        Finding f = report.findings().get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.format().startsWith(dir.resolve("2.yaml") + ":5:5: warning[L001]: revision r2: add_column pools.owner"),
                f.format());
        assertTrue(f.format().contains("hint: give the column a default"), f.format());
        assertFalse(report.fails(false));
        assertTrue(report.fails(true), "warnings fail under strict");
    }

    @Test
    void notNullColumnOnATableCreatedInTheSameRevisionIsFine() throws IOException {
        LintReport report = lint("message: m\nupgrade:\n  - create_table: {name: t, columns: [{name: id, type: "
                + "integer, primary_key: true}]}\n  - add_column: {table: t, column: {name: c, type: integer, "
                + "nullable: false}}\n");
        assertEquals(List.of(), codes(report));
    }

    @Test
    void setNotNullWithoutDataFix() throws IOException {
        assertEquals(List.of("L002"), codes(lint("message: m\nupgrade:\n  - alter_column: {table: pools, name: "
                + "name, nullable: false}\n")));
        assertEquals(List.of(), codes(lint("message: m\nupgrade:\n  - sql:\n      sql: \"UPDATE pools SET name = 'x'"
                + " WHERE name IS NULL\"\n  - alter_column: {table: pools, name: name, nullable: false}\n"
                + "downgrade:\n  - alter_column: {table: pools, name: name, nullable: true}\n",
                Set.of(Dialect.POSTGRESQL), List.of())), "a data fix before it silences the rule");
    }

    @Test
    void identifierTooLongNamesTheDialectsThatCutOrRejectIt() throws IOException {
        String name63 = "i".repeat(63);
        String name65 = "i".repeat(65);
        assertEquals(List.of(), codes(lint("message: m\nupgrade:\n  - create_index: {name: " + name63
                + ", table: pools, columns: [name]}\n")));
        LintReport report = lint("message: m\nupgrade:\n  - create_index: {name: " + name65
                + ", table: pools, columns: [name]}\n");
        assertEquals(List.of("L003"), codes(report));
        assertTrue(report.findings().get(0).message().contains("postgresql (63), mysql (64), mariadb (64)"),
                report.findings().get(0).message());
        assertTrue(report.fails(false), "an error fails without --strict");
        assertEquals(List.of(), codes(lint("message: m\nupgrade:\n  - create_index: {name: " + name65
                + ", table: pools, columns: [name]}\n", Set.of(Dialect.SQLITE, Dialect.H2), List.of())),
                "SQLite and H2 keep long names");
    }

    @Test
    void postgresqlCountsBytes() throws IOException {
        String accented = "é".repeat(32); // 32 characters, 64 bytes
        LintReport report = lint("message: m\nupgrade:\n  - add_column: {table: pools, column: {name: " + accented
                + ", type: text}}\n", Set.of(Dialect.POSTGRESQL, Dialect.MYSQL), List.of());
        assertEquals(List.of("L003"), codes(report));
        assertTrue(report.findings().get(0).message().contains("postgresql (63)")
                && !report.findings().get(0).message().contains("mysql"), report.findings().get(0).message());
    }

    @Test
    void tableWithoutPrimaryKeyUnparsedSqlAndAsymmetricVariants() throws IOException {
        LintReport report = lint("""
                message: m
                upgrade:
                  - create_table: {name: log, columns: [{name: line, type: text}]}
                  - sql:
                      sql: "INSERT INTO log (line) VALUES ('a')"
                      dialects: {mysql: "INSERT INTO log (line) VALUES ('a')"}
                      parse: false
                downgrade:
                  - sql:
                      sql: "DELETE FROM log"
                  - drop_table: {name: log}
                """);
        assertEquals(List.of("L004", "L005", "L006", "L011"), codes(report), report.findings().toString());
        assertTrue(report.findings().get(2).message().contains("upgrade's sql has a mysql variant"),
                report.findings().get(2).message());
    }

    @Test
    void undeclaredNarrowingUnlessAcknowledged() throws IOException {
        assertEquals(List.of("L007"), codes(lint("message: m\nupgrade:\n  - alter_column: {table: pools, name: name,"
                + " type: string(10)}\n")));
        assertEquals(List.of(), codes(lint("message: m\nupgrade:\n  - alter_column: {table: pools, name: name,"
                + " type: string(10), destructive: true}\n")));
    }

    @Test
    void emptyRevisionAndBlankMessage() throws IOException {
        assertEquals(List.of("L008", "L009"), codes(lint("message: \" \"\nupgrade: []\n")));
    }

    @Test
    void downgradeReaddingANotNullColumnWithoutDefault() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE.replace("nullable: false, default: 0", "nullable: false"));
        Files.writeString(dir.resolve("2.yaml"), "id: r2\nparent: r1\nmessage: m\nupgrade:\n  - drop_column: "
                + "{table: pools, name: size}\n");
        LintReport derived = Linter.lint(ChainModel.build(ChainLoader.load(dir), List.of()),
                new LintScope(Set.of(Dialect.values())), List.of());
        assertEquals(List.of(), codes(derived), "the derived downgrade refills the column, so it runs on rows");
        Files.writeString(dir.resolve("2.yaml"), "id: r2\nparent: r1\nmessage: m\nupgrade:\n  - drop_column: "
                + "{table: pools, name: size}\ndowngrade:\n  - add_column: {table: pools, column: {name: size, "
                + "type: integer, nullable: false}}\n");
        LintReport explicit = Linter.lint(ChainModel.build(ChainLoader.load(dir), List.of()),
                new LintScope(Set.of(Dialect.values())), List.of());
        assertEquals(List.of("L010"), codes(explicit));
        assertTrue(explicit.findings().get(0).message().contains("the downgrade re-adds pools.size NOT NULL"),
                explicit.findings().get(0).message());
    }

    @Test
    void rawSqlNamingTablesOrColumnsUnquotedNeedsAnH2Variant() throws IOException {
        String unquoted = "message: m\nupgrade:\n  - sql:\n      sql: \"UPDATE pools SET name = 'x' WHERE id = 1\"\n"
                + "downgrade:\n  - sql:\n      sql: \"UPDATE pools SET name = NULL WHERE id = 1\"\n"
                + "      dialects: {h2: 'UPDATE \"pools\" SET \"name\" = NULL WHERE \"id\" = 1'}\n";
        LintReport report = lint(unquoted, Set.of(Dialect.values()), List.of("L006"));
        assertEquals(List.of("L011"), codes(report), "the upgrade only: the downgrade has an h2 variant");
        String message = report.findings().get(0).message();
        assertTrue(message.contains("names id, name, pools unquoted") && message.contains("[ID, NAME, POOLS]"), message);
        assertEquals(List.of(), codes(lint(unquoted, Set.of(Dialect.POSTGRESQL, Dialect.MYSQL), List.of())),
                "only H2 folds names to upper case");
        assertEquals(List.of(), codes(lint(unquoted.replace("UPDATE pools SET name = 'x' WHERE id = 1",
                        "UPDATE \\\"pools\\\" SET \\\"name\\\" = 'x' WHERE \\\"id\\\" = 1"),
                        Set.of(Dialect.values()), List.of("L006"))),
                "quoted names are found on H2");
        LintReport columns = lint(unquoted.replace("UPDATE pools", "UPDATE \\\"pools\\\""), Set.of(Dialect.values()),
                List.of("L006"));
        assertEquals(List.of("L011"), codes(columns), "the table is quoted, its columns are not");
        assertTrue(columns.findings().get(0).message().contains("names id, name unquoted")
                && columns.findings().get(0).message().contains("[ID, NAME]"), columns.findings().get(0).message());
        assertEquals(List.of(), codes(lint(unquoted.replace("UPDATE pools SET name = 'x' WHERE id = 1",
                        "UPDATE \\\"pools\\\" SET \\\"name\\\" = 'x' WHERE \\\"id\\\" = 1"
                        + " AND 1 = (SELECT count(*) FROM sources s WHERE s.label = 'name')"),
                        Set.of(Dialect.values()), List.of("L006"))),
                "columns of tables the model does not have, and literals, don't count");
    }

    @Test
    void codesAreSilencedPerRevisionOrEverywhere() throws IOException {
        String risky = "upgrade:\n  - alter_column: {table: pools, name: name, type: string(10)}\n";
        assertEquals(List.of(), codes(lint("message: m\nlint: {ignore: [L007]}\n" + risky)));
        assertEquals(List.of(), codes(lint("message: m\n" + risky, Set.of(Dialect.values()), List.of("L007"))));
        SqlbundleException unknown = assertThrows(SqlbundleException.class,
                () -> lint("message: m\n" + risky, Set.of(Dialect.values()), List.of("L999")));
        assertTrue(unknown.getMessage().contains("unknown lint code 'L999'"), unknown.getMessage());
        SqlbundleException badCode = assertThrows(SqlbundleException.class,
                () -> lint("message: m\nlint: {ignore: [nope]}\n" + risky));
        assertEquals("E017", badCode.problems().get(0).code(), badCode.getMessage());
    }
}
