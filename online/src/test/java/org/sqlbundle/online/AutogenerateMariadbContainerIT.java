package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.catalog.autogen.Autogenerate;
import org.sqlbundle.catalog.autogen.SchemaDiff;
import org.sqlbundle.catalog.expect.ExpectedSchema;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Autogenerate on mariadb:10.11, for the MySQL family's type spellings: inline enums, tinyint(1) booleans,
 * longtext, auto_increment, and the index InnoDB adds for a foreign key. The ops applied to the model at head
 * must give a model the verifier finds equal to the changed database.
 */
@ExtendWith(RequiresDocker.class)
class AutogenerateMariadbContainerIT {

    private static JdbcDatabaseContainer<?> server;

    @BeforeAll
    static void start() {
        server = ServerContainers.startMariadb();
    }

    @AfterAll
    static void stop() throws Exception {
        LeftoverContainers.removeAndAssertNone(server);
    }

    private static String urlOf(String database) {
        return ServerContainers.mariadbUrl(server, database);
    }

    @Test
    void theOpsDescribeTheChangedDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(urlOf(""), "root", server.getPassword());
             Statement s = c.createStatement()) {
            s.execute("create database autogen");
        }
        Database db = Database.of(urlOf("autogen"), Optional.of("root"), Optional.of(server.getPassword()),
                Optional.empty());
        Compiler compiler = OnlineFixtures.example();
        Migrator migrator = new Migrator(compiler, db, MigratorContract.LONG_WAIT, MigrationListener.NONE);
        migrator.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head"));
        Schema head = compiler.model().schemaAt(compiler.chain().headPosition());
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            assertTrue(Autogenerate.diff(c, Dialect.MARIADB, head, "sqlbundle_version").isEmpty());
            for (String sql : List.of(
                    "CREATE TABLE audit_log (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                            + "router_id VARCHAR(36) NOT NULL, kind ENUM('login','logout') NOT NULL DEFAULT 'login', "
                            + "ok TINYINT(1) NOT NULL DEFAULT 1, note LONGTEXT, amount DECIMAL(10,2) DEFAULT 1.50, "
                            + "at DATETIME DEFAULT CURRENT_TIMESTAMP, "
                            + "CONSTRAINT fk_audit_log_router FOREIGN KEY (router_id) REFERENCES routers (id) "
                            + "ON DELETE CASCADE, CONSTRAINT uq_audit_log_kind UNIQUE (router_id, kind))",
                    "CREATE INDEX ix_audit_log_at ON audit_log (at)",
                    "ALTER TABLE routers ADD COLUMN description VARCHAR(255) NOT NULL DEFAULT ''",
                    "DROP INDEX ix_quotas_tenant_id ON quotas",
                    "ALTER TABLE agents MODIFY configurations VARCHAR(4095) NULL")) {
                s.execute(sql);
            }
            SchemaDiff.Result diff = Autogenerate.diff(c, Dialect.MARIADB, head, "sqlbundle_version");
            assertEquals(List.of(), diff.notes());
            assertEquals(List.of("drop_index ix_quotas_tenant_id", "create_enum audit_log_kind [login, logout]",
                    "create_table audit_log", "create_index ix_audit_log_at on audit_log[at]",
                    "alter_column agents.configurations null",
                    "add_column routers.description string(255)"), diff.ops().stream().map(Op::describe).toList());
            Schema after = head;
            for (Op op : diff.ops()) {
                after = op.apply(after);
            }
            assertEquals("[id, router_id, kind, ok, note, amount, at]", after.table("audit_log").orElseThrow()
                    .columns().stream().map(col -> col.name() + "").toList().toString());
            assertEquals("integer boolean text decimal(10,2) datetime enum(audit_log_kind)",
                    String.join(" ", List.of(type(after, "id"), type(after, "ok"), type(after, "note"),
                            type(after, "amount"), type(after, "at"), type(after, "kind"))));
            assertTrue(after.table("audit_log").orElseThrow().column("id").orElseThrow().autoincrement());
            assertEquals(List.of(), ExpectedSchema.compare(after,
                    SnapshotReader.forDialect(Dialect.MARIADB).read(c, Optional.empty()), Dialect.MARIADB,
                    "sqlbundle_version"));
        }
    }

    private static String type(Schema s, String column) {
        return s.table("audit_log").orElseThrow().column(column).orElseThrow().type().toString();
    }
}
