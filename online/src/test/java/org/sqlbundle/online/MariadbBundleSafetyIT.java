package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Issue 13 on MariaDB, through the mariadb client inside the container: two clients racing on a per-step bundle
 * apply its data fix once; literals mean the same under NO_BACKSLASH_ESCAPES; feature names stay in comments.
 */
@ExtendWith(RequiresDocker.class)
class MariadbBundleSafetyIT {

    private static JdbcDatabaseContainer<?> server;

    @BeforeAll
    static void start() {
        server = ServerContainers.startMariadb();
    }

    @AfterAll
    static void stop() throws Exception {
        LeftoverContainers.removeAndAssertNone(server);
    }

    @Test
    void twoMariadbClientsApplyTheDataFixOnce() throws Exception {
        Database db = createDatabase("race");
        BundleRaceClientTest.assertOneApplied(db, client("race"), Map.of("MYSQL_PWD", server.getPassword()));
    }

    @Test
    void backslashesInLiteralsAreStoredAsWrittenUnderNoBackslashEscapes() throws Exception {
        Database db = createDatabase("backslash");
        Compiler compiler = Compiler.configure()
                .chainDir(OnlineFixtures.repoRoot().resolve("online/src/test/resources/chains/backslash")).load();
        String script = compiler.script(db.dialect(), compiler.chain().range("base:head", Range.Direction.UPGRADE, -1))
                // the session's mode once the bundle is done: it must be the one it started with
                + "create table mode_after as select @@session.sql_mode as m;\n";
        rootExecute("set global sql_mode = concat(@@global.sql_mode, ',NO_BACKSLASH_ESCAPES')");
        try {
            BundleRaceClientTest.run(client("backslash"), Map.of("MYSQL_PWD", server.getPassword()), script);
        } finally {
            rootExecute("set global sql_mode = replace(@@global.sql_mode, ',NO_BACKSLASH_ESCAPES', '')");
        }
        Map<Integer, String> bodies = new TreeMap<>();
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, body from notes")) {
            while (r.next()) {
                bodies.put(r.getInt(1), r.getString(2));
            }
        }
        assertEquals(Map.of(1, "x\\", 2, "it's a \\' and \\\\ and \\n", 3, "d\\"), bodies);
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select m from mode_after")) {
            r.next();
            assertEquals(true, r.getString(1).contains("NO_BACKSLASH_ESCAPES"), "restored: " + r.getString(1));
        }
    }

    @Test
    void featureNamesNeverLeaveTheirCommentUnderTheMariadbClient() throws Exception {
        Database db = createDatabase("inject");
        Compiler compiler = Compiler.configure().chainDir(OnlineFixtures.repoRoot().resolve("examples/lbaas/revisions"))
                .features(List.of("lbaas", "x\ncreate table pwned (i int);", "y*/ create table pwned2 (i int); /*"))
                .load();
        BundleRaceClientTest.run(client("inject"), Map.of("MYSQL_PWD", server.getPassword()),
                compiler.script(db.dialect(), compiler.chain().range("base:head", Range.Direction.UPGRADE, -1)));
        var tables = MigratorContract.userTables(db, compiler);
        assertEquals(List.of(), tables.stream().filter(t -> t.startsWith("pwned")).toList());
        assertEquals(compiler.model().schemaAt(compiler.chain().headPosition()).tables().keySet(), tables);
    }

    /** The mariadb client inside the container; the password comes from MYSQL_PWD, passed through by name. */
    private static List<String> client(String database) {
        return List.of("docker", "exec", "-i", "-e", "MYSQL_PWD", server.getContainerId(), "mariadb", "-uroot",
                database);
    }

    private static Database createDatabase(String name) throws Exception {
        rootExecute("create database " + name);
        return Database.of(ServerContainers.mariadbUrl(server, name), Optional.of("root"),
                Optional.of(server.getPassword()), Optional.empty());
    }

    private static void rootExecute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(ServerContainers.mariadbUrl(server, ""), "root",
                server.getPassword()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
