package org.sqlbundle.compiler.internal.render.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.TransactionMode;

/**
 * What a failure half-way leaves, run by the sqlite3 client as a DBA would: one transaction per revision keeps
 * the revisions before the failure (and their stamp); one around the bundle keeps nothing.
 */
class SqliteTransactionModesTest {

    @TempDir
    Path dir;
    private Path chain;

    @BeforeEach
    void chainWhoseSecondRevisionFails() throws IOException {
        chain = Files.createDirectories(dir.resolve("revisions"));
        Files.writeString(chain.resolve("1.yaml"), "id: a1\nparent: null\nmessage: m\nupgrade:\n  - create_table: "
                + "{name: t, columns: [{name: id, type: integer, primary_key: true}]}\n");
        // valid SQL, so it compiles; the table it names doesn't exist, so it fails when run
        Files.writeString(chain.resolve("2.yaml"), "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql: "
                + "{sql: \"INSERT INTO missing VALUES (1)\"}\ndowngrade:\n  - sql: {sql: \"DELETE FROM missing\"}\n");
    }

    private SqliteClient.Result upgrade(TransactionMode mode, Path db) throws Exception {
        SqliteClient.requireClient();
        Compiler compiler = Compiler.configure().chainDir(chain).transactions(mode).load();
        String script = compiler.script(Dialect.SQLITE,
                compiler.chain().range("base:head", Range.Direction.UPGRADE, Chain.BASE));
        return SqliteClient.runScript(db, script);
    }

    @Test
    void perRevisionKeepsWhatRanBeforeTheFailureStamped() throws Exception {
        Path db = dir.resolve("per-revision.db");
        SqliteClient.Result run = upgrade(TransactionMode.PER_REVISION, db);
        assertNotEquals(0, run.exitCode(), run.stdout());
        assertEquals("t", SqliteClient.query(db, "SELECT name FROM sqlite_master WHERE name = 't'"));
        assertEquals("a1", SqliteClient.query(db, "SELECT version_num FROM sqlbundle_version"));
    }

    @Test
    void oneTransactionAroundTheBundleKeepsNothing() throws Exception {
        Path db = dir.resolve("bundle.db");
        SqliteClient.Result run = upgrade(TransactionMode.BUNDLE, db);
        assertNotEquals(0, run.exitCode(), run.stdout());
        assertEquals("", SqliteClient.query(db, "SELECT name FROM sqlite_master WHERE name = 't'"));
        assertEquals("0", SqliteClient.query(db, "SELECT count(*) FROM sqlbundle_version"));
    }
}
