package org.sqlbundle.compiler.internal.render.mariadb;

import org.jooq.Field;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.render.LiteralRendering;
import org.sqlbundle.compiler.internal.render.mysql.MysqlRenderer;

/**
 * MariaDB 10.11: MySQL's syntax except where measured otherwise. JSON is an alias of LONGTEXT (MariaDB adds
 * a json_valid check itself); BLOB/TEXT take plain literal defaults; a check is dropped with DROP CONSTRAINT.
 */
public class MariadbRenderer extends MysqlRenderer {

    public MariadbRenderer() {
        super(Dialect.MARIADB);
    }

    @Override
    protected Field<?> defaultField(Column column, Literal value) {
        return LiteralRendering.field(value);
    }

    @Override
    protected String dropCheck() {
        return "drop constraint";
    }
}
