package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * Whether a row just inserted satisfies checks its table does not have yet, as the database evaluates them: the
 * check's expression is run in a query on that row. An expression the database can't run now (a column the next
 * shape adds, a function it lacks) proves nothing and is passed over; the step then shows what it does.
 */
final class LaterChecks {

    private final TableSeeder sql;
    private final Binder binder;

    LaterChecks(TableSeeder sql, Binder binder) {
        this.sql = sql;
        this.binder = binder;
    }

    /** The name of the first check of {@code later} the row breaks (false, not NULL: NULL passes a check). */
    Optional<String> firstBroken(Connection c, Table t, List<String> locator, Map<String, SeededValue> row,
                                 List<CheckConstraint> later) throws SQLException {
        Set<String> columns = t.columns().stream().map(Column::name).collect(Collectors.toSet());
        for (CheckConstraint check : later) {
            String query = "select 1 from " + sql.quote(t.name()) + " where " + where(locator) + " and not ("
                    + CheckSql.quoted(check.expression(), columns, sql::quote) + ")";
            Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
            try (PreparedStatement ps = c.prepareStatement(query)) {
                bindLocator(ps, t, locator, row, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(check.name());
                    }
                }
            } catch (SQLException e) {
                // PostgreSQL aborts the transaction on any error: back to before the query, the row kept
                if (savepoint != null) {
                    c.rollback(savepoint);
                }
            }
        }
        return Optional.empty();
    }

    /** Deletes the row again (autocommit: there is no savepoint to roll back to). */
    void delete(Connection c, Table t, List<String> locator, Map<String, SeededValue> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from " + sql.quote(t.name()) + " where " + where(locator))) {
            bindLocator(ps, t, locator, row, 1);
            ps.executeUpdate();
        }
    }

    String where(List<String> locator) {
        return String.join(" and ", locator.stream().map(col -> sql.quote(col) + " = ?").toList());
    }

    void bindLocator(PreparedStatement ps, Table t, List<String> locator, Map<String, SeededValue> row, int first)
            throws SQLException {
        for (int i = 0; i < locator.size(); i++) {
            binder.bind(ps, first + i, t.column(locator.get(i)).orElseThrow().type(), row.get(locator.get(i)));
        }
    }
}
