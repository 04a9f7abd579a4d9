package org.sqlbundle.compiler.internal.render.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.ExecutedRendererContract;
import org.sqlbundle.compiler.internal.render.StatementRunner;

/** The H2 renderer, every statement executed on an in-memory H2 2.x database (one per test). */
class H2RendererTest extends ExecutedRendererContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final H2Renderer renderer = new H2Renderer();

    @Override
    protected DialectRenderer renderer() {
        return renderer;
    }

    @Override
    protected Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:r1_" + DATABASES.incrementAndGet());
    }

    @Override
    protected List<String> objects(Connection c) throws SQLException {
        List<String> out = new ArrayList<>(StatementRunner.column(c, "select lower(table_type) || ' ' || table_name "
                + "from information_schema.tables where table_schema = 'PUBLIC' order by 1"));
        out.addAll(StatementRunner.column(c, "select 'domain ' || domain_name from information_schema.domains "
                + "where domain_schema = 'PUBLIC' order by 1"));
        return out;
    }

    @Override
    protected void assertForwardState(Connection c) throws SQLException {
        assertEquals(List.of("base table group", "base table order"), objects(c));
        assertEquals(List.of("0"), StatementRunner.column(c, "select count(*) from \"order\""));
        assertEquals(List.of("NO|'c''d'|40|it's a note"), StatementRunner.column(c,
                "select is_nullable || '|' || column_default || '|' || character_maximum_length || '|' || remarks "
                        + "from information_schema.columns where table_name = 'order' and column_name = 'remark'"));
        assertEquals(List.of("it's a \"group\""), StatementRunner.column(c,
                "select remarks from information_schema.tables where table_name = 'group'"));
        assertEquals(List.of("ENUM|"), StatementRunner.column(c, "select data_type || '|' || "
                + "coalesce(column_default, '') from information_schema.columns where table_name = 'order' "
                + "and column_name = 'mood'"));
    }
}
