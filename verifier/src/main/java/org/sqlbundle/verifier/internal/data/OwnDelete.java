package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * Deletes one of the verifier's rows together with the verifier's rows that point at it, children first: with foreign
 * keys not enforced (SQLite without the pragma) a lone delete would leave them pointing nowhere, and a later step's
 * key check would fail on them; with keys enforced it would be refused or cascade. Where a row the verifier did not
 * write points at it, nothing is deleted: the chain's rows are never touched.
 */
final class OwnDelete {

    private record Target(OwnRows.Group group, Map<String, SeededValue> row) {
    }

    private final TableSeeder sql;
    private final Binder binder;

    OwnDelete(TableSeeder sql, Binder binder) {
        this.sql = sql;
        this.binder = binder;
    }

    /** Empty when deleted; else why not (nothing deleted). */
    Optional<String> delete(Connection c, Schema schema, OwnRows own, OwnRows.Group g, Map<String, SeededValue> row)
            throws SQLException {
        List<Target> order = new ArrayList<>();
        Optional<String> blocked = collect(c, schema, own, new Target(g, row), order);
        if (blocked.isPresent()) {
            return blocked;
        }
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try {
            for (Target t : order) {
                run(c, schema.table(t.group().table).orElseThrow(), t.group(), t.row());
            }
        } catch (SQLException e) {
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            return Optional.of(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
        order.forEach(t -> t.group().rows.remove(t.row()));
        return Optional.empty();
    }

    /** Adds the rows pointing at {@code target} (transitively), then {@code target}: the order to delete in. */
    private Optional<String> collect(Connection c, Schema schema, OwnRows own, Target target, List<Target> order)
            throws SQLException {
        if (order.stream().anyMatch(t -> t.group() == target.group() && t.row() == target.row())) {
            return Optional.empty();
        }
        String parent = target.group().table;
        for (Table child : schema.tablesReferencing(parent)) {
            for (ForeignKey fk : child.foreignKeys()) {
                if (!fk.refTable().equals(parent)) {
                    continue;
                }
                List<SeededValue> values = new ArrayList<>();
                for (String refColumn : fk.refColumns()) {
                    Optional<String> seeded = target.group().seededColumn(refColumn);
                    if (seeded.isEmpty()) {
                        return Optional.of("its column " + refColumn + " holds a value the verifier did not write");
                    }
                    values.add(target.row().get(seeded.get()));
                }
                if (values.stream().anyMatch(SeededValue::isNull)) {
                    continue;
                }
                for (List<String> pointing : pointingAt(c, schema.table(parent).orElseThrow(), child, fk, values)) {
                    Optional<Target> mine = find(own, child.name(), pointing);
                    if (mine.isEmpty()) {
                        return Optional.of("a row of table " + child.name() + " the verifier did not write points at it");
                    }
                    if (mine.get().row() != target.row()) {
                        Optional<String> blocked = collect(c, schema, own, mine.get(), order);
                        if (blocked.isPresent()) {
                            return blocked;
                        }
                    }
                }
            }
        }
        order.add(target);
        return Optional.empty();
    }

    /** The rows of {@code child} whose key {@code fk} holds {@code values}, as every column's canonical text by name. */
    private List<List<String>> pointingAt(Connection c, Table parent, Table child, ForeignKey fk,
                                          List<SeededValue> values) throws SQLException {
        List<String> columns = child.columns().stream().map(Column::name).toList();
        String query = "select " + String.join(", ", columns.stream().map(sql::quote).toList()) + " from "
                + sql.quote(child.name()) + " where "
                + String.join(" and ", fk.columns().stream().map(col -> sql.quote(col) + " = ?").toList());
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < values.size(); i++) {
                binder.bind(ps, i + 1, type(parent, fk.refColumns().get(i)), values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(columns.get(i) + "\0" + ValueText.read(rs, i + 1, type(child, columns.get(i))));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** The verifier's row of {@code table} whose locator values the read row holds. */
    private static Optional<Target> find(OwnRows own, String table, List<String> read) {
        for (OwnRows.Group g : own.in(table)) {
            List<String> locatorNow = g.locatorNow();
            for (Map<String, SeededValue> r : g.rows) {
                boolean same = true;
                for (int i = 0; i < locatorNow.size() && same; i++) {
                    same = read.contains(locatorNow.get(i) + "\0" + r.get(g.seeded.locator().get(i)).canonical());
                }
                if (same) {
                    return Optional.of(new Target(g, r));
                }
            }
        }
        return Optional.empty();
    }

    private void run(Connection c, Table b, OwnRows.Group g, Map<String, SeededValue> row) throws SQLException {
        List<String> locator = g.locatorNow();
        String delete = "delete from " + sql.quote(b.name()) + " where "
                + String.join(" and ", locator.stream().map(col -> sql.quote(col) + " = ?").toList());
        try (PreparedStatement ps = c.prepareStatement(delete)) {
            for (int i = 0; i < locator.size(); i++) {
                binder.bind(ps, i + 1, type(b, locator.get(i)), row.get(g.seeded.locator().get(i)));
            }
            ps.executeUpdate();
        }
    }

    private static PortableType type(Table t, String column) {
        return t.column(column).map(Column::type).orElseThrow();
    }
}
