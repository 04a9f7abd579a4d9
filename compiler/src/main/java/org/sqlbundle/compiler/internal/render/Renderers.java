package org.sqlbundle.compiler.internal.render;

import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.render.h2.H2Renderer;
import org.sqlbundle.compiler.internal.render.mariadb.MariadbRenderer;
import org.sqlbundle.compiler.internal.render.mysql.MysqlRenderer;
import org.sqlbundle.compiler.internal.render.postgresql.PostgresqlRenderer;
import org.sqlbundle.compiler.internal.render.sqlite.SqliteRenderer;

/** The renderer of each dialect. Only the dialects asked for are created, so a one-dialect run loads one. */
public final class Renderers {

    private Renderers() {
    }

    public static DialectRenderer forDialect(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> new PostgresqlRenderer();
            case MYSQL -> new MysqlRenderer();
            case MARIADB -> new MariadbRenderer();
            case SQLITE -> new SqliteRenderer();
            case H2 -> new H2Renderer();
        };
    }
}
