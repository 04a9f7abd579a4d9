package org.sqlbundle.compiler.internal.render.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;

/**
 * alter_column type changes run on a real PostgreSQL server, bundles as written: one enum type to another goes
 * through text (PostgreSQL has no cast between two enum types), and a narrowing varchar refuses a value that does not
 * fit instead of cutting it (an explicit cast would truncate silently), marked DESTRUCTIVE in the bundle.
 */
class PostgresqlTypeChangesTest {

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    @TempDir
    Path dir;

    private Compiler chain(String first, String second) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), "id: a1\nparent: null\nmessage: m\nupgrade:\n" + first);
        Files.writeString(dir.resolve("2.yaml"), "id: b2\nparent: a1\nmessage: m\nupgrade:\n" + second);
        return Compiler.configure().chainDir(dir).load();
    }

    private static String upgrade(Compiler c) {
        return c.script(Dialect.POSTGRESQL, c.chain().range(Chain.BASE, c.chain().headPosition()));
    }

    private static String downgrade(Compiler c) {
        return c.script(Dialect.POSTGRESQL, c.chain().range(c.chain().headPosition(), Chain.BASE));
    }

    private static String one(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void oneEnumTypeToAnotherAndBack() throws Exception {
        Compiler c = chain("""
                  - create_enum: {name: status_v1, values: [active, down]}
                  - create_enum: {name: status_v2, values: [active, down, draining]}
                  - create_table: {name: members, columns: [{name: id, type: integer, primary_key: true}, {name: status, type: enum(status_v1), default: active}]}
                  - insert: {table: members, rows: [{id: 1, status: down}, {id: 2}]}
                """, "  - alter_column: {table: members, name: status, type: enum(status_v2)}\n");
        assertTrue(upgrade(c).contains("using \"status\"::text::\"status_v2\""), upgrade(c));
        try (Connection db = PG.freshConnection(); Statement s = db.createStatement()) {
            s.execute(upgrade(c));
            assertEquals("down", one(db, "select status from members where id = 1"));
            assertEquals("status_v2", one(db, "select udt_name from information_schema.columns where "
                    + "table_name = 'members' and column_name = 'status'"));
            s.execute("insert into members (id) values (3)");
            assertEquals("active", one(db, "select status from members where id = 3"));
            s.execute(downgrade(c));
            assertEquals("0", one(db, "select count(*) from information_schema.tables where table_schema = 'public'"
                    + " and table_name = 'members'"));
        }
    }

    @Test
    void derivedNarrowingIsDestructiveAndRefusesAValueThatDoesNotFit() throws Exception {
        Compiler c = chain("  - create_table: {name: ports, columns: [{name: id, type: integer, primary_key: true}, "
                + "{name: device_id, type: string(36)}]}\n",
                "  - alter_column: {table: ports, name: device_id, type: string(255)}\n");
        String down = c.script(Dialect.POSTGRESQL, c.chain().range(1, 0));
        assertTrue(down.contains("-- DESTRUCTIVE: changes ports.device_id from string(255) to string(36), which can "
                + "truncate or reject existing values"), down);
        assertTrue(down.contains("alter table \"ports\" alter column \"device_id\" type varchar(36);"), down);
        try (Connection db = PG.freshConnection(); Statement s = db.createStatement()) {
            s.execute(upgrade(c));
            s.execute("insert into ports values (1, '" + "d".repeat(100) + "')");
            SQLException refused = assertThrows(SQLException.class, () -> s.execute(down));
            assertTrue(refused.getMessage().contains("value too long"), refused.getMessage());
            s.execute("rollback");
            assertEquals(100, one(db, "select device_id from ports").length(), "nothing was cut");
            s.execute("update ports set device_id = 'short'");
            s.execute(down);
            assertEquals("character varying(36)", one(db, "select format_type(atttypid, atttypmod) from pg_attribute"
                    + " where attrelid = 'ports'::regclass and attname = 'device_id'"));
        }
    }
}
