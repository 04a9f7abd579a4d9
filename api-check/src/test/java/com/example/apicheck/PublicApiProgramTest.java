package com.example.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.online.CurrentVersion;
import org.sqlbundle.online.Database;
import org.sqlbundle.online.MigrationListener;
import org.sqlbundle.online.MigrationResult;
import org.sqlbundle.online.MigrationTarget;
import org.sqlbundle.online.Migrator;
import org.sqlbundle.verifier.JunitReport;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * What a team's program does with the library jars: compile bundles, verify the chain, migrate a live database, and
 * catch bad input, through the entry points of docs/api.md only ({@link PublicApiSurfaceTest} holds it to that).
 */
class PublicApiProgramTest {

    @TempDir
    Path tmp;

    @Test
    void compilesVerifiesAndMigratesThroughThePublicEntryPoints() throws Exception {
        Path revisions = chain(tmp.resolve("db/revisions"));
        Compiler compiler = Compiler.configure().chainDir(revisions).versionTable("app_version").load();

        Compiler.CompileResult compiled = compiler.compile(List.of(Dialect.SQLITE, Dialect.POSTGRESQL), "base:head",
                Compiler.Directions.BOTH, tmp.resolve("bundles"));
        assertEquals(List.of("sqlite", "postgresql"), List.copyOf(compiled.summaries().keySet()));
        assertTrue(Files.readString(tmp.resolve("bundles/sqlite/upgrade.sql")).contains("app_version"));

        VerificationResult verified = new Verifier(compiler).verify(VerifyOptions.builder("sqlite").build(),
                ProgressListener.NONE);
        assertTrue(verified.passed(), JunitReport.render(verified));
        assertEquals(2, verified.steps().size());

        Database database = Database.of("jdbc:sqlite:" + tmp.resolve("live.db"), Optional.empty(), Optional.empty(),
                Optional.empty());
        List<String> applied = new ArrayList<>();
        Migrator migrator = new Migrator(compiler, database, Duration.ofSeconds(10),
                (revision, direction) -> applied.add(revision.id()));
        MigrationResult up = migrator.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head"));
        assertEquals(2, up.applied().size());
        assertEquals(List.of("0b0b0b0b0001", "0b0b0b0b0002"), applied);
        CurrentVersion current = migrator.current();
        assertTrue(current.isHead());
        migrator.migrate(MigrationTarget.by(Range.Direction.DOWNGRADE, 1));
        assertEquals("0b0b0b0b0001", migrator.current().revision().orElseThrow().id());
        assertFalse(new Migrator(compiler, database, Duration.ofSeconds(10), MigrationListener.NONE).current().isHead());
    }

    @Test
    void badInputIsAnExceptionWithCompilerStyleProblems() throws Exception {
        Path revisions = chain(tmp.resolve("broken"));
        Files.writeString(revisions.resolve("0003_bad.yaml"), String.join("\n", "id: 0b0b0b0b0003",
                "parent: 0b0b0b0b0002", "message: drops a column that is not there", "upgrade:",
                "  - drop_column: { table: pools, name: nope }", ""));
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> Compiler.configure().chainDir(revisions).load());
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        assertEquals(2, e.kind().exitCode);
        String problem = e.problems().get(0).format();
        assertTrue(problem.contains("0003_bad.yaml:5:") && problem.contains("error[E"), problem);
    }

    private static Path chain(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("0001_pools.yaml"), String.join("\n", "id: 0b0b0b0b0001", "parent: null",
                "message: create pools", "upgrade:", "  - create_table:", "      name: pools", "      columns:",
                "        - { name: id, type: string(36), primary_key: true }", ""));
        Files.writeString(dir.resolve("0002_name.yaml"), String.join("\n", "id: 0b0b0b0b0002",
                "parent: 0b0b0b0b0001", "message: pool names", "upgrade:",
                "  - add_column: { table: pools, column: { name: name, type: string(64) } }", ""));
        return dir;
    }
}
