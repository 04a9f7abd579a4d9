package org.sqlbundle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals in-process, configured as Maven would inject them: how each outcome of the CLI (exit 0, 1, 2, 3) reaches
 * the build. The invoker samples run the same goals in real builds.
 */
class MojosTest {

    @TempDir
    Path project;

    @BeforeEach
    void chain() throws Exception {
        Path revisions = Files.createDirectories(project.resolve("db/revisions"));
        Files.writeString(revisions.resolve("0001_pools.yaml"), String.join("\n", "id: 0c0c0c0c0001", "parent: null",
                "message: create pools", "upgrade:", "  - create_table:", "      name: pools", "      columns:",
                "        - { name: id, type: string(36), primary_key: true }", ""));
        // L001 (a warning): a NOT NULL column without default on a table that may hold rows
        Files.writeString(revisions.resolve("0002_owner.yaml"), String.join("\n", "id: 0c0c0c0c0002",
                "parent: 0c0c0c0c0001", "message: pool owners", "upgrade:",
                "  - add_column: { table: pools, column: { name: owner, type: string(64), nullable: false } }", ""));
    }

    private <T extends AbstractSqlbundleMojo> T configure(T mojo) {
        mojo.basedir = project.toFile();
        mojo.dir = project.resolve("db").toFile();
        return mojo;
    }

    @Test
    void lintWarningsFailOnlyWhenStrict() throws Exception {
        LintMojo lint = configure(new LintMojo());
        lint.execute();
        lint.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, lint::execute);
        assertTrue(e.getMessage().contains("lint: 0 errors, 1 warning in 2 revisions (strict: warnings fail)"),
                e.getMessage());
        lint.ignore = List.of("L001");
        lint.execute();
    }

    @Test
    void compileWritesEveryDialectUnderTheOutputDirectory() throws Exception {
        CompileMojo compile = configure(new CompileMojo());
        compile.outputDirectory = project.resolve("target/sqlbundle").toFile();
        compile.range = "base:head";
        compile.direction = "both";
        compile.execute();
        for (String dialect : List.of("postgresql", "mysql", "mariadb", "sqlite", "h2")) {
            assertTrue(Files.isRegularFile(project.resolve("target/sqlbundle/" + dialect + "/downgrade.sql")), dialect);
        }
        compile.direction = "sideways";
        MojoFailureException e = assertThrows(MojoFailureException.class, compile::execute);
        assertTrue(e.getMessage().contains("<direction>: error[E067]: unknown direction 'sideways'"), e.getMessage());
    }

    @Test
    void badInputFailsTheBuildCompilerStyle() throws Exception {
        Files.writeString(project.resolve("db/revisions/0003_bad.yaml"), String.join("\n", "id: 0c0c0c0c0003",
                "parent: 0c0c0c0c0002", "message: drops what is not there", "upgrade:",
                "  - drop_column: { table: pools, name: nope }", ""));
        MojoFailureException e = assertThrows(MojoFailureException.class, configure(new CheckMojo())::execute);
        assertTrue(e.getMessage().contains("0003_bad.yaml:5:5: error[E"), e.getMessage());

        CheckMojo noDir = configure(new CheckMojo());
        noDir.dir = null;
        MojoFailureException missing = assertThrows(MojoFailureException.class, noDir::execute);
        assertTrue(missing.getMessage().contains("error[E062]: no chain directory given"), missing.getMessage());
        assertTrue(missing.getMessage().contains("hint: set <dir>"), missing.getMessage());
    }

    @Test
    void verifyWritesJunitXmlAndTakesItsTargetFromTheConfigFile() throws Exception {
        Files.writeString(project.resolve("sqlbundle.yaml"), "dir: db\ntarget: h2\n");
        VerifyMojo verify = configure(new VerifyMojo());
        verify.dir = null;
        verify.range = "base:head";
        verify.junitReport = project.resolve("target/failsafe-reports/TEST-sqlbundle.xml").toFile();
        // without seeded rows, the NOT NULL column goes in
        verify.data = false;
        verify.execute();
        String xml = Files.readString(verify.junitReport.toPath());
        assertTrue(xml.contains("classname=\"sqlbundle.verify.db.h2\""), xml);
        assertTrue(xml.contains("name=\"step 2 0c0c0c0c0002 downgrade-restores\""), xml);
        assertTrue(xml.contains("failures=\"0\""), xml);

        // with them, H2 refuses it: what lint's L001 warned about fails the build, naming the revision
        verify.data = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, verify::execute);
        assertTrue(e.getMessage().startsWith("sqlbundle verify failed on h2: revision 0c0c0c0c0002 (step 2, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("0002_owner.yaml) upgrade-matches-model: the database refused the script"),
                e.getMessage());
        assertTrue(Files.readString(verify.junitReport.toPath()).contains("failures=\"1\""));
    }

    @Test
    void anUnreachableServerIsAnExecutionErrorNotAFailedCheck() {
        VerifyMojo verify = configure(new VerifyMojo());
        verify.target = "jdbc:postgresql://127.0.0.1:1/postgres";
        verify.user = "nobody";
        verify.range = "base:head";
        verify.junitReport = new File(project.toFile(), "report.xml");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, verify::execute);
        assertTrue(e.getMessage().startsWith("sqlbundle: error: cannot connect to"), e.getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        CheckMojo check = new CheckMojo();
        check.skip = true;
        check.execute();
        assertEquals(null, check.dir);
    }
}
