package org.sqlbundle.compiler.internal.render.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;
import org.sqlbundle.compiler.internal.render.ExecutedRendererContract;
import org.sqlbundle.compiler.internal.render.StatementRunner;

/** The PostgreSQL renderer, every statement executed on a real PostgreSQL server. */
class PostgresqlRendererTest extends ExecutedRendererContract {

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    private final PostgresqlRenderer renderer = new PostgresqlRenderer();

    @Override
    protected DialectRenderer renderer() {
        return renderer;
    }

    @Override
    protected Connection connection() throws SQLException {
        return PG.freshConnection();
    }

    @Override
    protected List<String> objects(Connection c) throws SQLException {
        List<String> out = new ArrayList<>(StatementRunner.column(c,
                "select 'table ' || tablename from pg_tables where schemaname = 'public' order by 1"));
        out.addAll(StatementRunner.column(c,
                "select 'view ' || viewname from pg_views where schemaname = 'public' order by 1"));
        out.addAll(StatementRunner.column(c, "select 'type ' || t.typname from pg_type t join pg_namespace n "
                + "on n.oid = t.typnamespace where n.nspname = 'public' and t.typtype = 'e' order by 1"));
        return out;
    }

    @Override
    protected void assertForwardState(Connection c) throws SQLException {
        assertEquals(List.of("table group", "table order", "type mood"), objects(c));
        // the cascade removed the inserted order row with its group
        assertEquals(List.of("0"), StatementRunner.column(c, "select count(*) from \"order\""));
        assertEquals(List.of("NO|'c''d'::character varying|40"), StatementRunner.column(c,
                "select is_nullable || '|' || column_default || '|' || character_maximum_length "
                        + "from information_schema.columns where table_name = 'order' and column_name = 'remark'"));
        assertEquals(List.of("it's a note"), StatementRunner.column(c,
                "select col_description('\"order\"'::regclass, (select attnum from pg_attribute where attrelid = "
                        + "'\"order\"'::regclass and attname = 'remark'))"));
        assertEquals(List.of("it's a \"group\""), StatementRunner.column(c,
                "select obj_description('\"group\"'::regclass, 'pg_class')"));
        assertEquals(List.of("USER-DEFINED|mood|"), StatementRunner.column(c, "select data_type || '|' || udt_name "
                + "|| '|' || coalesce(column_default, '') from information_schema.columns where table_name = 'order' "
                + "and column_name = 'mood'"));
    }

    @Test
    void psqlStopsAtAFailingGuardWithTheVersionInItsError() throws Exception {
        try (Connection c = PG.freshConnection()) {
            StatementRunner.run(c, renderer.createVersionTable("alembic_version"));
            StatementRunner.run(c, renderer.stamp("alembic_version", java.util.Optional.empty(),
                    java.util.Optional.of("aaa")));
        }
        PsqlClient.Result wrong = PsqlClient.run(PG.port(), script(renderer.guard("alembic_version",
                java.util.Optional.of("3cb5d900c5de")), "create table marker (x integer)"));
        assertNotEquals(0, wrong.exitCode(), wrong.output());
        assertTrue(wrong.output().contains("not at version 3cb5d900c5de, found: aaa"), wrong.output());
        try (Connection c = PG.server().getPostgresDatabase().getConnection()) {
            assertEquals(List.of("0"), StatementRunner.column(c,
                    "select count(*) from pg_tables where tablename = 'marker'"));
        }
        PsqlClient.Result right = PsqlClient.run(PG.port(), script(renderer.guard("alembic_version",
                java.util.Optional.of("aaa")), "create table marker (x integer)"));
        assertEquals(0, right.exitCode(), right.output());
    }

    @Test
    void theGuardsDollarQuoteTagDodgesNamesThatContainIt() {
        String sql = renderer.guard("$sqlbundle_guard$", java.util.Optional.of("a")).get(0);
        assertTrue(sql.startsWith("do $sqlbundle_guard_1$ "), sql);
        assertTrue(sql.endsWith(" $sqlbundle_guard_1$"), sql);
    }

    private static String script(List<String> statements, String after) {
        StringBuilder out = new StringBuilder();
        statements.forEach(s -> out.append(s).append(";\n"));
        return out.append(after).append(";\n").toString();
    }
}
