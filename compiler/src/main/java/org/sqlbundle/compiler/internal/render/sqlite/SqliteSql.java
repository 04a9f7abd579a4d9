package org.sqlbundle.compiler.internal.render.sqlite;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.sqlbundle.compiler.internal.model.Literal;

/** Identifier quoting and literal escaping: the only places text from revisions enters SQLite SQL. */
final class SqliteSql {

    private SqliteSql() {
    }

    /** Double quotes always, so keywords ({@code order}, {@code group}) and any character are safe. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(SqliteSql::quote).collect(Collectors.joining(", "));
    }

    static String string(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * A literal as SQLite reads it. Booleans become 1/0 (SQLite has no boolean values); numbers are
     * re-printed through BigDecimal so nothing but a number can reach the SQL.
     */
    static String literal(Literal literal) {
        return switch (literal.kind()) {
            case STRING -> string(literal.text());
            case NUMBER -> new BigDecimal(literal.text()).toString();
            case BOOLEAN -> Boolean.parseBoolean(literal.text()) ? "1" : "0";
            case NULL -> "NULL";
            case CURRENT_TIMESTAMP -> "CURRENT_TIMESTAMP";
        };
    }
}
