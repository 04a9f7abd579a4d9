package org.sqlbundle.verifier.internal.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.render.JooqContexts;

/**
 * Generates and inserts the rows of one table. A refused row is retried with the literals its CHECK
 * constraints mention, then with the checked nullable columns NULL, then (autoincrement) letting the
 * database pick the key; if every attempt fails the table's remaining rows are skipped with the reason.
 * A row that the database accepts but that breaks a check the next shape adds ({@link LaterShape}), as the
 * database itself evaluates it, counts as refused: the step would otherwise fail on it.
 */
final class TableSeeder {

    private final Dialect dialect;
    private final Binder binder;
    private final LaterChecks laterChecks;

    TableSeeder(Dialect dialect) {
        this.dialect = dialect;
        this.binder = new Binder(dialect);
        this.laterChecks = new LaterChecks(this, binder);
    }

    /** Inserts one row numbered n; empty if every attempt was refused, with the last refusal in {@code errors}. */
    Optional<Map<String, SeededValue>> insert(Connection c, Schema schema, Table t, RowPlan plan, long n, int rowIndex,
                                              Map<String, SeededTable> parents, List<String> errors,
                                              ColumnCounters counters, Set<String> wide, LaterShape later)
            throws SQLException, RowBuilder.Unseedable {
        CheckHints hints = new CheckHints(t, later.checks());
        boolean auto = t.columns().stream().anyMatch(Column::autoincrement);
        int attempts = 1 + (hints.isEmpty() ? 0 : 4) + (auto ? 1 : 0);
        for (int attempt = 0; attempt < attempts; attempt++) {
            boolean letDatabasePickKey = auto && attempt == attempts - 1;
            Map<String, SeededValue> row = RowBuilder.row(schema, t, plan, n, rowIndex, parents, hints,
                    letDatabasePickKey ? 0 : attempt, counters, wide, later);
            try {
                return Optional.of(run(c, t, plan.locator(), row, letDatabasePickKey, later.checks()));
            } catch (SQLException e) {
                errors.add(e.getMessage().lines().findFirst().orElse(e.toString()));
            }
        }
        return Optional.empty();
    }

    /**
     * Rows {@code firstN}, {@code firstN + 1}, ... of the table, each as its first attempt of {@link #insert} builds
     * it, inserted as one batch under one savepoint: one round trip for the table instead of a savepoint and an insert
     * per row. Empty when the database refuses one of them, or one breaks a check the next shape adds, or there is no
     * transaction to undo it in: then nothing is kept, the counters are as they were, and the caller goes row by row
     * (which retries a refused row and says why it gave up), so the values are the same either way.
     */
    Optional<List<Map<String, SeededValue>>> insertBatch(Connection c, Schema schema, Table t, RowPlan plan,
                                                         long firstN, int rows, Map<String, SeededTable> parents,
                                                         ColumnCounters counters, Set<String> wide, LaterShape later)
            throws SQLException {
        if (c.getAutoCommit()) {
            return Optional.empty();
        }
        Map<String, Long> mark = counters.mark();
        List<Map<String, SeededValue>> built = new java.util.ArrayList<>();
        try {
            CheckHints hints = new CheckHints(t, later.checks());
            for (int i = 0; i < rows; i++) {
                built.add(RowBuilder.row(schema, t, plan, firstN + i, i, parents, hints, 0, counters, wide, later));
            }
        } catch (RowBuilder.Unseedable e) {
            counters.restore(mark);
            return Optional.empty();
        }
        Savepoint savepoint = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(insertSql(t, t.columns()))) {
            for (Map<String, SeededValue> row : built) {
                for (int i = 0; i < t.columns().size(); i++) {
                    binder.bind(ps, i + 1, t.columns().get(i).type(), row.get(t.columns().get(i).name()));
                }
                ps.addBatch();
            }
            ps.executeBatch();
            for (Map<String, SeededValue> row : built) {
                if (laterChecks.firstBroken(c, t, plan.locator(), row, later.checks()).isPresent()) {
                    throw new SQLException("a row breaks a check the next revision adds");
                }
            }
            return Optional.of(built);
        } catch (SQLException e) {
            c.rollback(savepoint);
            counters.restore(mark);
            return Optional.empty();
        }
    }

    private String insertSql(Table t, List<Column> cols) {
        return "insert into " + quote(t.name()) + " ("
                + String.join(", ", cols.stream().map(col -> quote(col.name())).toList()) + ") values ("
                + String.join(", ", cols.stream().map(col -> "?").toList()) + ")";
    }

    private Map<String, SeededValue> run(Connection c, Table t, List<String> locator, Map<String, SeededValue> row,
                                         boolean letDatabasePickKey, List<CheckConstraint> later) throws SQLException {
        List<Column> cols = t.columns().stream().filter(col -> !(letDatabasePickKey && col.autoincrement())).toList();
        String sql = insertSql(t, cols);
        Optional<Column> generated = t.columns().stream().filter(col -> letDatabasePickKey && col.autoincrement())
                .findFirst();
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try (PreparedStatement ps = generated.isPresent()
                ? c.prepareStatement(sql, new String[] {generated.get().name()}) : c.prepareStatement(sql)) {
            for (int i = 0; i < cols.size(); i++) {
                binder.bind(ps, i + 1, cols.get(i).type(), row.get(cols.get(i).name()));
            }
            ps.executeUpdate();
            Map<String, SeededValue> inserted = new LinkedHashMap<>(row);
            if (generated.isPresent()) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    BigDecimal key = new BigDecimal(keys.getString(1));
                    inserted.put(generated.get().name(), new SeededValue(key, ValueText.number(key)));
                }
            }
            Optional<String> broken = laterChecks.firstBroken(c, t, locator, inserted, later);
            if (broken.isPresent()) {
                if (savepoint == null) {
                    laterChecks.delete(c, t, locator, inserted);
                }
                throw new SQLException("the row breaks check " + broken.get() + ", which the next revision adds");
            }
            return inserted;
        } catch (SQLException e) {
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            throw e;
        }
    }

    void bind(PreparedStatement ps, int index, org.sqlbundle.compiler.internal.model.PortableType type, SeededValue v)
            throws SQLException {
        binder.bind(ps, index, type, v);
    }

    String quote(String identifier) {
        return JooqContexts.of(dialect).render(DSL.name(identifier));
    }
}
