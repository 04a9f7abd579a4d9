package org.sqlbundle.compiler.internal.ops;

import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Schema;

/**
 * The placeholder a re-added NOT NULL column without a default gives the rows that exist when it comes
 * back: the dropped values are gone, and without some value the database refuses to add the column to
 * a populated table. The derived downgrade adds it with this default, then drops the default again.
 */
final class RefillValues {

    private RefillValues() {
    }

    static Literal of(Column c, Schema schema) {
        return switch (c.type().kind()) {
            case INTEGER, BIGINT, SMALLINT, DECIMAL, FLOAT, DOUBLE -> Literal.number("0");
            case BOOLEAN -> Literal.bool(false);
            case DATE -> Literal.string("1970-01-01");
            case DATETIME, TIMESTAMP -> Literal.string("1970-01-01 00:00:00");
            case JSON -> Literal.string("{}");
            case ENUM -> Literal.string(schema.enumType(c.type().enumName()).orElseThrow().labels().get(0));
            case STRING, TEXT, BINARY -> Literal.string("");
        };
    }
}
