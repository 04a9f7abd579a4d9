package org.sqlbundle.compiler.internal.render.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;
import org.sqlbundle.compiler.internal.render.StatementRunner;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * An autoincrement column with {@code sequence:} (an imported SERIAL key) builds on PostgreSQL what SERIAL builds:
 * a sequence of that name the column owns, the column's default its nextval, no identity; the other dialects
 * keep their own autoincrement, and a renamed table keeps the sequence's name, as PostgreSQL does.
 */
class SerialSequenceTest {

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    @TempDir
    Path dir;

    private Compiler chain(String column, String more) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), "id: a1\nparent: null\nmessage: serial key\nupgrade:\n"
                + "  - create_table:\n      name: pools\n      columns:\n        - " + column + "\n"
                + "        - {name: ip, type: string(64)}\n" + more, StandardCharsets.UTF_8);
        return Compiler.configure().chainDir(dir).load();
    }

    @Test
    void theKeyOwnsItsSequenceAsSerialWouldOnPostgresql() throws Exception {
        Compiler c = chain("{name: id, type: integer, primary_key: true, autoincrement: true, sequence: pools_id_seq}",
                "  - rename_table: {name: pools, to: ippools}\n");
        String up = c.script(Dialect.POSTGRESQL, c.chain().range(-1, 0));
        assertTrue(up.contains("create sequence \"pools_id_seq\" as integer"), up);
        assertTrue(up.contains("alter sequence \"pools_id_seq\" owned by \"pools\".\"id\""), up);
        assertFalse(up.contains("identity"), up);
        try (Connection db = PG.freshConnection()) {
            // the schema statements only: the version table and its guard are not what this test is about
            StatementRunner.run(db, List.of(up.split(";\n")).stream()
                    .map(s -> s.replaceAll("(?m)^--.*$", "").strip())
                    .filter(s -> s.matches("(?s)(create|alter) (sequence|table) \"(pools|pools_id_seq)\".*")).toList());
            assertEquals(List.of("nextval('pools_id_seq'::regclass)|"), StatementRunner.column(db,
                    "select pg_get_expr(d.adbin, d.adrelid) || '|' || a.attidentity from pg_attrdef d join pg_attribute a"
                            + " on a.attrelid = d.adrelid and a.attnum = d.adnum where d.adrelid = 'ippools'::regclass"));
            StatementRunner.run(db, List.of("insert into ippools (ip) values ('a')", "insert into ippools (ip) values ('b')"));
            assertEquals(List.of("1", "2"), StatementRunner.column(db, "select id from ippools order by id"));
            StatementRunner.run(db, List.of("drop table ippools"));
            assertEquals(List.of("0"), StatementRunner.column(db,
                    "select count(*) from pg_class where relname = 'pools_id_seq'"));
        }
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB, Dialect.H2, Dialect.SQLITE)) {
            String other = c.script(d, c.chain().range(-1, 0)).toLowerCase(java.util.Locale.ROOT);
            assertFalse(other.contains("pools_id_seq"), d + ": " + other);
        }
    }

    @Test
    void aSequenceOnAColumnThatIsNotAutoincrementIsRefusedAtItsLine() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> chain("{name: id, type: integer, primary_key: true, sequence: pools_id_seq}", ""));
        Problem p = e.problems().get(0);
        assertEquals("E167", p.code(), p.format());
        assertEquals(8, p.pos().line(), p.format());
        assertTrue(p.hint().orElse("").contains("autoincrement: true"), p.format());
    }
}
