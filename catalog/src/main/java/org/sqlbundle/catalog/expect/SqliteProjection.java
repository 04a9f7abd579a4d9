package org.sqlbundle.catalog.expect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sqlbundle.catalog.snapshot.CheckSnapshot;
import org.sqlbundle.catalog.snapshot.SqlText;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * SQLite as its PRAGMAs and CREATE TABLE text show it. The declared type is compared as declared (the renderer
 * picks names for their affinity; SQLite stores any value in any column, so the declaration is all there is to
 * check). An enum column is TEXT plus a CHECK ({@code "c" IN ('a', 'b')}) that the renderer adds.
 */
final class SqliteProjection extends ModelProjection {

    /** The prefix and suffix of the renderer's enum checks; BlindSpots keys them by expression. */
    static final String ENUM_CHECK_PREFIX = "ck_";
    static final String ENUM_CHECK_SUFFIX = "_enum";

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    Optional<String> defaultText(Column column) {
        return column.defaultValue().map(SqliteProjection::literal);
    }

    private static String literal(Literal l) {
        return switch (l.kind()) {
            case STRING -> quoted(l.text());
            case NUMBER -> new BigDecimal(l.text()).toString();
            case BOOLEAN -> Boolean.parseBoolean(l.text()) ? "1" : "0";
            case NULL -> "null";
            case CURRENT_TIMESTAMP -> "current_timestamp";
        };
    }

    @Override
    Optional<String> primaryKeyName(Table table) {
        return table.primaryKey().map(pk -> pk.nameOn(dialect())).filter(n -> !n.isEmpty());
    }

    @Override
    List<CheckSnapshot> checks(Table table, Schema schema) {
        List<CheckSnapshot> out = new ArrayList<>(super.checks(table, schema));
        for (Column c : table.columns()) {
            if (c.type().isEnum()) {
                String labels = schema.enumType(c.type().enumName()).orElseThrow().labels().stream()
                        .map(ModelProjection::quoted).collect(Collectors.joining(", "));
                String expression = SqlText.expression(identifier(c.name()) + " IN (" + labels + ")");
                out.add(new CheckSnapshot(ENUM_CHECK_PREFIX + table.name() + "_" + c.name() + ENUM_CHECK_SUFFIX,
                        expression));
            }
        }
        return out;
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
