package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;

/** diff --url: the example chain upgraded, then changed by hand one object kind at a time. */
class DiffCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    private static final String EXAMPLE = ROOT.resolve("examples/lbaas/revisions").toString();
    private static int pgDatabases;

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    @TempDir
    Path work;

    private String url;
    private String user;

    private void database(String kind) throws Exception {
        switch (kind) {
            case "sqlite" -> {
                url = "jdbc:sqlite:" + work.resolve("db.sqlite").toAbsolutePath();
                user = "sa";
            }
            case "h2" -> {
                url = "jdbc:h2:" + work.resolve("db").toAbsolutePath();
                user = "sa";
            }
            default -> {
                String name = "drift_" + (++pgDatabases);
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG.port()
                        + "/postgres", "postgres", ""); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name);
                    s.execute("CREATE DATABASE " + name);
                }
                url = "jdbc:postgresql://127.0.0.1:" + PG.port() + "/" + name;
                user = "postgres";
            }
        }
    }

    private Outcome run(String... verbAndArgs) {
        List<String> args = new ArrayList<>(List.of(verbAndArgs));
        args.addAll(List.of("--dir", EXAMPLE, "--feature", "lbaas", "--url", url, "--user", user));
        return Sqlbundle.run(work, args.toArray(String[]::new));
    }

    private void execute(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private Set<String> objects(Outcome json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json.out());
        Set<String> out = new TreeSet<>();
        root.get("differences").forEach(d -> out.add(d.get("kind").asText() + " " + d.get("table").asText()
                + " " + d.get("name").asText()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql"})
    void everyHandMadeChangeIsNamedAndTheExitCodeSaysDrift(String kind) throws Exception {
        database(kind);
        assertEquals(0, run("upgrade", "--delta", "4").exitCode());
        Outcome partway = run("diff");
        assertEquals(0, partway.exitCode(), partway.out() + partway.err());
        assertTrue(partway.out().startsWith("no drift: "), partway.out());
        assertTrue(partway.out().contains("(its recorded revision)"), partway.out());
        assertEquals(0, run("upgrade", "head").exitCode());
        assertEquals(0, run("diff", "--format", "json").exitCode());

        List<String> changes = new ArrayList<>(List.of(
                // quoted: H2 would fold unquoted names to upper case
                "CREATE TABLE \"hand_made\" (\"i\" INTEGER PRIMARY KEY)",
                "ALTER TABLE \"routers\" ADD COLUMN \"note\" VARCHAR(20)",
                "DROP INDEX \"ix_quotas_tenant_id\"",
                "DROP VIEW \"pool_member_counts\""));
        Set<String> expected = new TreeSet<>(Set.of("table hand_made hand_made", "column routers note",
                "index quotas ix_quotas_tenant_id", "view null pool_member_counts"));
        if (!kind.equals("sqlite")) {
            changes.add("ALTER TABLE \"routers\" ADD CONSTRAINT \"uq_hand_name\" UNIQUE (\"name\")");
            expected.add("unique routers uq_hand_name");
        }
        if (kind.equals("postgresql")) {
            changes.add("CREATE TYPE hand_mood AS ENUM ('calm', 'busy')");
            expected.add("enum null hand_mood");
        }
        execute(changes.toArray(String[]::new));

        Outcome text = run("diff");
        assertEquals(1, text.exitCode(), text.out() + text.err());
        assertTrue(text.out().startsWith("drift: "), text.out());
        assertTrue(text.out().contains(expected.size() + " difference(s)"), text.out());
        assertTrue(text.out().contains("table routers / column note:\n    model:    absent\n    database: "),
                text.out());
        Outcome json = run("diff", "--format", "json");
        assertEquals(1, json.exitCode(), json.err());
        assertEquals(expected, objects(json), json.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void atComparesWithAnyRevisionAndAnUnstampedDatabaseWithBase(String kind) throws Exception {
        database(kind);
        Outcome empty = run("diff");
        assertEquals(0, empty.exitCode(), empty.out() + empty.err());
        assertTrue(empty.out().contains("at base (its recorded revision)"), empty.out());
        assertEquals(0, run("upgrade", "head").exitCode());
        Outcome earlier = run("diff", "--at", "head-1");
        assertEquals(1, earlier.exitCode(), earlier.out());
        assertTrue(earlier.out().contains("(--at)"), earlier.out());
        assertEquals(0, run("diff", "--at", "head").exitCode());
        Outcome bad = run("diff", "--at", "nosuchrev");
        assertEquals(2, bad.exitCode(), bad.err());
    }
}
