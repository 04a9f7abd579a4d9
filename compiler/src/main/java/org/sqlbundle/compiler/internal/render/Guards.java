package org.sqlbundle.compiler.internal.render;

import java.util.List;
import java.util.Optional;

/**
 * The one shape of the guards of the jOOQ dialects: the version guard (the version table holds exactly the expected
 * row) and the history guard (no revision was cut short) are a {@link Condition} and a message, and each dialect only
 * says how it stops a script ({@link JooqRenderer#stopUnless}), how it tests a query for rows and how it joins texts.
 */
public final class Guards {

    /** How guard messages name the state a database must be in. */
    static String expectedState(Optional<String> expected) {
        return expected.map(v -> "version " + v).orElse("base (empty version table)");
    }

    private Guards() {
    }

    /**
     * A SQL boolean in both polarities, so a dialect that tests for failure (PostgreSQL's IF ... RAISE) and one that
     * tests for success (a CASE, MySQL's IF()) each read a plain condition, not a NOT (...) around the other.
     */
    public record Condition(String holds, String fails) {

        Condition and(Condition other) {
            return new Condition(holds + " and " + other.holds, fails + " or " + other.fails);
        }
    }

    /** What a failing guard prints after its message, where the dialect can: a separator and an SQL text expression. */
    public record Detail(String separator, String expression) {
    }

    /** The message as an SQL text: its literal, then the detail appended where there is one. */
    public static String messageText(JooqRenderer r, String message, Optional<Detail> detail) {
        return detail.map(d -> r.stringLiteral(message + d.separator()) + " || " + d.expression())
                .orElseGet(() -> r.stringLiteral(message));
    }

    static List<String> version(JooqRenderer r, String table, Optional<String> expected) {
        String t = r.quote(table);
        String column = r.quote("version_num");
        Condition at = expected
                .map(v -> count(t, 1).and(oneRow(r, t + " where " + column + " = " + r.stringLiteral(v))))
                .orElse(noRow(r, t));
        Optional<Detail> found = r.joined(column, column)
                .map(rows -> new Detail(", found: ", "coalesce((select " + rows + " from " + t + "), 'base')"));
        return r.stopUnless(at, "sqlbundle guard: database is not at " + expectedState(expected), found);
    }

    static List<String> history(JooqRenderer r, String historyTable, String message) {
        String unfinished = r.quote(historyTable) + " where " + r.quote("state") + " <> 'applied'";
        Optional<Detail> rows = r.joined(r.quote("revision") + " || ' ' || " + r.quote("state"), r.quote("revision"))
                .map(joined -> new Detail("", "(select " + joined + " from " + unfinished + ")"));
        return r.stopUnless(noRow(r, unfinished), message, rows);
    }

    private static Condition count(String from, int n) {
        String count = "(select count(*) from " + from + ")";
        return new Condition(count + " = " + n, count + " <> " + n);
    }

    /** The query has its row (the version table's key makes one the most); MySQL counts it, the others ask EXISTS. */
    private static Condition oneRow(JooqRenderer r, String from) {
        return r.countsRows() ? count(from, 1)
                : new Condition("exists (select 1 from " + from + ")", "not exists (select 1 from " + from + ")");
    }

    private static Condition noRow(JooqRenderer r, String from) {
        return r.countsRows() ? count(from, 0)
                : new Condition("not exists (select 1 from " + from + ")", "exists (select 1 from " + from + ")");
    }
}
