package org.sqlbundle.verifier.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.model.Column;
import org.sqlbundle.compiler.model.ForeignKey;
import org.sqlbundle.compiler.model.PortableType;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.model.Table;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.compiler.render.JooqContexts;

/**
 * Generates and inserts the rows of one table. A refused row is retried with the literals its CHECK
 * constraints mention, then with the checked nullable columns NULL, then (autoincrement) letting the
 * database pick the key; if every attempt fails the table's remaining rows are skipped with the reason.
 */
final class TableSeeder {

    /** Thrown when a table can't be seeded at all (e.g. a NOT NULL foreign key into a table without rows). */
    static final class Unseedable extends Exception {
        Unseedable(String reason) {
            super(reason);
        }
    }

    private final Dialect dialect;
    private final Binder binder;

    TableSeeder(Dialect dialect) {
        this.dialect = dialect;
        this.binder = new Binder(dialect);
    }

    /** Inserts one row numbered n; empty if every attempt was refused, with the last refusal in {@code errors}. */
    Optional<Map<String, SeededValue>> insert(Connection c, Schema schema, Table t, RowPlan plan, long n, int rowIndex,
                                              Map<String, SeededTable> parents, List<String> errors)
            throws SQLException, Unseedable {
        CheckHints hints = new CheckHints(t);
        boolean auto = t.columns().stream().anyMatch(Column::autoincrement);
        int attempts = 1 + (hints.isEmpty() ? 0 : 4) + (auto ? 1 : 0);
        for (int attempt = 0; attempt < attempts; attempt++) {
            boolean letDatabasePickKey = auto && attempt == attempts - 1;
            Map<String, SeededValue> row = row(schema, t, plan, n, rowIndex, parents, hints,
                    letDatabasePickKey ? 0 : attempt);
            try {
                return Optional.of(run(c, t, row, letDatabasePickKey));
            } catch (SQLException e) {
                errors.add(e.getMessage().lines().findFirst().orElse(e.toString()));
            }
        }
        return Optional.empty();
    }

    private Map<String, SeededValue> row(Schema schema, Table t, RowPlan plan, long n, int rowIndex,
                                         Map<String, SeededTable> parents, CheckHints hints, int attempt)
            throws Unseedable {
        Map<String, SeededValue> row = new LinkedHashMap<>();
        for (Column col : t.columns()) {
            boolean nullHere = col.nullable() && !plan.mustHaveValue(col.name()) && n % 2 == 1;
            List<String> labels = col.type().isEnum()
                    ? schema.enumType(col.type().enumName()).orElseThrow().labels() : List.of();
            SeededValue v = nullHere ? SeededValue.NULL
                    : ValueGenerator.value(col.type(), col.name(), n, plan.keyLike().contains(col.name()), labels);
            if (attempt > 0 && hints.mentions(col.name()) && !plan.mustHaveValue(col.name())) {
                v = hinted(col, hints, attempt, v);
            }
            row.put(col.name(), v);
        }
        for (ForeignKey fk : t.foreignKeys()) {
            fillForeignKey(t, fk, row, n, rowIndex, parents);
        }
        return row;
    }

    /** Attempts 1-3 use the check's literals; attempt 4 leaves checked nullable columns NULL. */
    private static SeededValue hinted(Column col, CheckHints hints, int attempt, SeededValue generated) {
        if (attempt == 4) {
            return col.nullable() ? SeededValue.NULL : generated;
        }
        PortableType.Kind k = col.type().kind();
        boolean numeric = col.type().isInteger() || k == PortableType.Kind.DECIMAL
                || k == PortableType.Kind.FLOAT || k == PortableType.Kind.DOUBLE;
        List<String> options = numeric ? hints.numbers(col.name()) : hints.strings(col.name());
        if (options.isEmpty() || !numeric && k != PortableType.Kind.STRING && k != PortableType.Kind.TEXT
                && k != PortableType.Kind.ENUM) {
            return generated;
        }
        String pick = options.get((attempt - 1) % options.size());
        if (numeric) {
            BigDecimal v = new BigDecimal(pick);
            return new SeededValue(v, ValueText.number(v));
        }
        return new SeededValue(pick, pick);
    }

    private static void fillForeignKey(Table t, ForeignKey fk, Map<String, SeededValue> row, long n, int rowIndex,
                                       Map<String, SeededTable> parents) throws Unseedable {
        boolean nullable = fk.columns().stream().allMatch(c -> t.column(c).orElseThrow().nullable());
        boolean self = fk.refTable().equals(t.name());
        SeededTable parent = parents.get(fk.refTable());
        boolean parentHasRows = parent != null && !parent.rows().isEmpty();
        if (nullable && (self || !parentHasRows || n % 2 == 1)) {
            fk.columns().forEach(c -> row.put(c, SeededValue.NULL));
            return;
        }
        if (self) {
            // a NOT NULL self-reference points at the row itself
            for (int i = 0; i < fk.columns().size(); i++) {
                row.put(fk.columns().get(i), row.get(fk.refColumns().get(i)));
            }
            return;
        }
        if (!parentHasRows) {
            throw new Unseedable("NOT NULL foreign key " + fk.name() + " needs rows in " + fk.refTable()
                    + ", which has no seeded rows");
        }
        Map<String, SeededValue> parentRow = parent.rows().get(rowIndex % parent.rows().size());
        for (int i = 0; i < fk.columns().size(); i++) {
            row.put(fk.columns().get(i), parentRow.get(fk.refColumns().get(i)));
        }
    }

    private Map<String, SeededValue> run(Connection c, Table t, Map<String, SeededValue> row, boolean letDatabasePickKey)
            throws SQLException {
        List<Column> cols = t.columns().stream().filter(col -> !(letDatabasePickKey && col.autoincrement())).toList();
        String sql = "insert into " + quote(t.name()) + " ("
                + String.join(", ", cols.stream().map(col -> quote(col.name())).toList()) + ") values ("
                + String.join(", ", cols.stream().map(col -> "?").toList()) + ")";
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
            return inserted;
        } catch (SQLException e) {
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            throw e;
        }
    }

    String quote(String identifier) {
        return JooqContexts.of(dialect).render(DSL.name(identifier));
    }
}
