package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.catalog.expect.ExpectedSchema;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;

/**
 * revision --autogenerate on real databases: a copy of the example chain is upgraded to head, changed by hand,
 * and the generated revision must describe exactly the changed database, load, and verify symmetric.
 */
class AutogenerateCommandTest {

    private static final String SECRET = "autogen-Secret-4711";
    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    @TempDir
    Path work;

    /** The hand changes every dialect gets: a table with a key, a unique and an index, a column, nullability. */
    private static final List<String> COMMON = List.of(
            "CREATE TABLE audit_log (id INTEGER NOT NULL, router_id VARCHAR(36) NOT NULL, "
                    + "action VARCHAR(64) DEFAULT 'create' NOT NULL, amount NUMERIC(10,2) DEFAULT 1.5, "
                    + "PRIMARY KEY (id), CONSTRAINT fk_audit_log_router FOREIGN KEY (router_id) REFERENCES routers (id) "
                    + "ON DELETE CASCADE, CONSTRAINT uq_audit_log_action UNIQUE (router_id, action))",
            "CREATE INDEX ix_audit_log_router ON audit_log (router_id)",
            "ALTER TABLE routers ADD COLUMN description VARCHAR(255) DEFAULT '' NOT NULL",
            "DROP INDEX ix_quotas_tenant_id");

    private String url(String kind) {
        return switch (kind) {
            case "sqlite" -> "jdbc:sqlite:" + work.resolve("db.sqlite").toAbsolutePath();
            case "h2" -> "jdbc:h2:" + work.resolve("db").toAbsolutePath();
            default -> "jdbc:postgresql://127.0.0.1:" + PG.port() + "/postgres";
        };
    }

    private String user(String kind) {
        return kind.equals("postgresql") ? "postgres" : "sa";
    }

    /** The password comes only through SQLBUNDLE_PASSWORD (PostgreSQL's embedded server takes any) and never shows. */
    private Outcome run(String kind, String... verbAndArgs) {
        List<String> args = new ArrayList<>(List.of(verbAndArgs));
        args.addAll(List.of("--url", url(kind), "--user", user(kind)));
        Outcome outcome = Sqlbundle.runWithEnvironment(work, Map.of("SQLBUNDLE_PASSWORD", SECRET),
                args.toArray(String[]::new));
        assertFalse(outcome.out().contains(SECRET) || outcome.err().contains(SECRET), outcome.toString());
        return outcome;
    }

    private Connection connect(String kind) throws SQLException {
        return DriverManager.getConnection(url(kind), user(kind), kind.equals("h2") ? SECRET : "");
    }

    /** The example chain copied to work/chain, with a config enabling its feature. */
    private Path exampleChain() throws IOException {
        Path chain = Files.createDirectories(work.resolve("chain"));
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/lbaas/revisions"))) {
            for (Path f : files.toList()) {
                Files.copy(f, chain.resolve(f.getFileName()));
            }
        }
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: chain\nfeatures: [lbaas]\n");
        return chain;
    }

    private void execute(String kind, List<String> statements) throws SQLException {
        try (Connection c = connect(kind); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** agents.configurations loses NOT NULL; SQLite can only do that by rebuilding the table. */
    private List<String> dropNotNull(String kind) throws SQLException {
        return switch (kind) {
            case "sqlite" -> {
                String create;
                try (Connection c = connect(kind); Statement s = c.createStatement();
                     var r = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'agents'")) {
                    r.next();
                    create = r.getString(1);
                }
                String changed = create.replace("\"configurations\" VARCHAR(4095) NOT NULL",
                        "\"configurations\" VARCHAR(4095)").replace("\"agents\"", "\"agents_new\"");
                assertTrue(!changed.equals(create), create);
                yield List.of(changed, "INSERT INTO agents_new SELECT * FROM agents", "DROP TABLE agents",
                        "ALTER TABLE agents_new RENAME TO agents",
                        "CREATE INDEX ix_agents_heartbeat_timestamp ON agents (heartbeat_timestamp)");
            }
            case "h2" -> List.of("ALTER TABLE agents ALTER COLUMN configurations SET NULL");
            default -> List.of("ALTER TABLE agents ALTER COLUMN configurations DROP NOT NULL");
        };
    }

    /** H2 folds unquoted names to upper case; the chain created its tables quoted, in lower case. */
    private static List<String> forKind(String kind, List<String> statements) {
        if (!kind.equals("h2")) {
            return statements;
        }
        return statements.stream().map(s -> s.replace("REFERENCES routers (id)", "REFERENCES \"routers\" (\"id\")")
                .replace("TABLE routers", "TABLE \"routers\"").replace("TABLE agents", "TABLE \"agents\"")
                .replace("COLUMN configurations", "COLUMN \"configurations\"")
                .replace("ix_quotas_tenant_id", "\"ix_quotas_tenant_id\"")).toList();
    }

    private Path newRevision(Path chain) throws IOException {
        try (Stream<Path> files = Files.list(chain)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith("_add_audit_log.yaml")).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    private List<Difference> compareWithHead(String kind, Path chain) throws SQLException {
        Compiler compiler = Compiler.configure().chainDir(chain).features(List.of("lbaas")).load();
        Dialect dialect = Dialect.parse(kind);
        try (Connection c = connect(kind)) {
            return ExpectedSchema.compare(compiler.model().schemaAt(compiler.chain().headPosition()),
                    SnapshotReader.forDialect(dialect).read(c, Optional.empty()), dialect, "sqlbundle_version");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql"})
    void theGeneratedRevisionDescribesTheChangedDatabase(String kind) throws Exception {
        if (kind.equals("postgresql")) {
            PG.freshConnection().close();
        }
        Path chain = exampleChain();
        assertEquals(0, run(kind, "upgrade", "head").exitCode());
        Outcome unchanged = run(kind, "revision", "-m", "add audit log", "--autogenerate");
        assertEquals(0, unchanged.exitCode(), unchanged.toString());
        assertTrue(unchanged.err().contains("no differences: "), unchanged.err());
        assertEquals("", unchanged.out(), "stdout is for the path of a written file");
        assertEquals(18, fileCount(chain));

        List<String> changes = new ArrayList<>(forKind(kind, COMMON));
        changes.addAll(forKind(kind, dropNotNull(kind)));
        if (kind.equals("postgresql")) {
            changes.addAll(List.of("CREATE TYPE audit_kind AS ENUM ('login', 'logout')",
                    "ALTER TABLE audit_log ADD COLUMN kind audit_kind DEFAULT 'login' NOT NULL"));
        }
        execute(kind, changes);
        Outcome generated = run(kind, "revision", "-m", "add audit log", "--autogenerate");
        assertEquals(0, generated.exitCode(), generated.toString());
        // stdout is the path alone, as plain 'revision' prints it, so f=$(sqlbundle revision ...) works
        assertEquals(1, generated.out().lines().count(), generated.out());
        assertTrue(generated.out().strip().endsWith(newRevision(chain).getFileName().toString()), generated.out());
        assertTrue(generated.err().contains("op(s) generated; review the file"), generated.err());
        String text = Files.readString(newRevision(chain));
        assertTrue(text.startsWith("# AUTOGENERATED by 'sqlbundle revision --autogenerate'"), text);
        assertTrue(text.contains("  - drop_index: { name: ix_quotas_tenant_id }\n"), text);
        assertTrue(text.contains("  - create_table:\n      name: audit_log\n"), text);
        assertTrue(text.contains("  - create_index: { name: ix_audit_log_router, table: audit_log, columns: [router_id] }"),
                text);
        assertTrue(text.contains("  - alter_column: { table: agents, name: configurations, nullable: true }"), text);
        assertTrue(text.contains("  - add_column: { table: routers, column: { name: description, type: string(255), "
                + "nullable: false, default: \"\" } }"), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("downgrade:")), text);
        if (kind.equals("postgresql")) {
            assertTrue(text.contains("  - create_enum: { name: audit_kind, values: [login, logout] }"), text);
            assertTrue(text.contains("{ name: kind, type: enum(audit_kind), nullable: false, default: \"login\" }"),
                    text);
        }
        // (1) the model at the new head is the database: what the verifier checks after every revision
        assertEquals(List.of(), compareWithHead(kind, chain));
        // (2) the database is still at the old head: autogenerate refuses until it is stamped
        Outcome notAtHead = run(kind, "revision", "-m", "again", "--autogenerate");
        assertEquals(2, notAtHead.exitCode(), notAtHead.toString());
        assertTrue(notAtHead.err().contains("error[E080]") && notAtHead.err().contains("is not at the head"),
                notAtHead.err());
        String id = text.lines().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow().substring(4)
                .replace("\"", "");
        assertEquals(0, run(kind, "stamp", id).exitCode());
        Outcome stamped = run(kind, "revision", "-m", "again", "--autogenerate");
        assertEquals(0, stamped.exitCode(), stamped.toString());
        assertTrue(stamped.err().contains("no differences: "), stamped.err());
        assertEquals(19, fileCount(chain));
        // (3) the chain with the new revision replays symmetric (PostgreSQL: see the embedded verify tests)
        if (!kind.equals("postgresql")) {
            Outcome verify = Sqlbundle.run(work, "verify", "--target", kind);
            assertEquals(0, verify.exitCode(), verify.out() + verify.err());
            assertTrue(verify.out().contains("SYMMETRIC: 19 of 19 steps run"), verify.out());
        }
    }

    @Test
    void viewsComeOutAsCreateAndDropViewWithTheTextTheDatabasePrints() throws Exception {
        Path chain = exampleChain();
        assertEquals(0, run("sqlite", "upgrade", "head").exitCode());
        execute("sqlite", List.of("DROP VIEW pool_member_counts",
                "CREATE VIEW busy_routers AS SELECT r.id, r.name\n  FROM routers r WHERE r.status = 'ACTIVE'"));
        Outcome outcome = run("sqlite", "revision", "-m", "add audit log", "--autogenerate");
        assertEquals(0, outcome.exitCode(), outcome.toString());
        String text = Files.readString(newRevision(chain));
        assertTrue(text.contains("  - drop_view: { name: pool_member_counts }\n  - create_view:\n      name: busy_routers\n"
                + "      sql: |-\n        select r.id, r.name from routers r where r.status = 'ACTIVE'\n"), text);
        assertEquals(List.of(), compareWithHead("sqlite", chain));
        assertEquals(0, run("sqlite", "stamp", "head").exitCode());
        Outcome verify = Sqlbundle.run(work, "verify", "--target", "sqlite");
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
    }

    @Test
    void differencesNoOpExpressesExitOneWithoutAFile() throws Exception {
        PG.freshConnection().close();
        Path chain = exampleChain();
        assertEquals(0, run("postgresql", "upgrade", "head").exitCode());
        execute("postgresql", List.of("ALTER TYPE healthmonitors_type ADD VALUE 'UDP'"));
        Outcome outcome = run("postgresql", "revision", "-m", "add audit log", "--autogenerate");
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("not generated: enum type healthmonitors_type has labels [PING, TCP, HTTP, "
                + "HTTPS, UDP] in the database"), outcome.err());
        assertTrue(outcome.err().contains("no revision written"), outcome.err());
        assertEquals("", outcome.out());
        assertEquals(18, fileCount(chain));
    }

    @Test
    void aUrlWithoutAutogenerateIsRefused() throws Exception {
        Path chain = exampleChain();
        Outcome outcome = run("sqlite", "revision", "-m", "add audit log");
        assertEquals(2, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("error[E080]: --url is only used with --autogenerate"), outcome.err());
        assertEquals(18, fileCount(chain));
    }

    @Test
    void aTypeWithoutPortableFormIsAnErrorNamingTheColumn() throws Exception {
        Path chain = exampleChain();
        assertEquals(0, run("sqlite", "upgrade", "head").exitCode());
        execute("sqlite", List.of("ALTER TABLE routers ADD COLUMN token UUID",
                "ALTER TABLE routers ADD COLUMN seen INTEGER DEFAULT (random())"));
        Outcome outcome = run("sqlite", "revision", "-m", "add audit log", "--autogenerate");
        assertEquals(2, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("error[E081]: column routers.token has type 'uuid', which has no portable type"),
                outcome.err());
        assertTrue(outcome.err().contains("error[E082]: column routers.seen has default 'random()'"), outcome.err());
        assertEquals(18, fileCount(chain));
    }

    @Test
    void aDatabaseBehindTheHeadIsRefused() throws Exception {
        Path chain = exampleChain();
        assertEquals(0, run("sqlite", "upgrade", "head-1").exitCode());
        Outcome outcome = run("sqlite", "revision", "-m", "add audit log", "--autogenerate");
        assertEquals(2, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("error[E080]") && outcome.err().contains("upgrade it first"), outcome.err());
        assertEquals(18, fileCount(chain));
    }

    private static long fileCount(Path chain) {
        try (Stream<Path> files = Files.list(chain)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
