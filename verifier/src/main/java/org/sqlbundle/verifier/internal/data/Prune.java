package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * Just before a step, removes the verifier's own rows that would break a constraint the step adds
 * ({@link AddedConstraints}): a real database's rows satisfy the constraints its chain adds later (that is why the
 * chain adds them), so rows the verifier made up must not make a right chain fail. Only where the verifier wrote
 * every value that breaks it: a row the chain inserted, or a value the chain or the database put there (a column
 * added later, a default, an update), still breaks the step, as it would on a real database. Type narrowing removes
 * only rows of earlier steps: the step's own rows are there to show what the narrowing does to data.
 */
final class Prune {

    /** What one prune removed: the step's own rows per seeded table (locator values), and one note per constraint. */
    record Removed(Map<SeededTable, Set<List<String>>> current, List<String> notes) {
    }

    private final TableSeeder sql;
    private final Binder binder;
    private final AddedConstraints added;

    Prune(Dialect dialect, TableSeeder sql) {
        this.sql = sql;
        this.binder = new Binder(dialect);
        this.added = new AddedConstraints(dialect);
    }

    Removed run(Connection c, OwnRows own, Schema before, Schema after) throws SQLException {
        Map<SeededTable, Set<List<String>>> current = new IdentityHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Table a : after.tables().values()) {
            Optional<Table> b = before.table(a.name());
            if (b.isEmpty() || own.in(a.name()).isEmpty()) {
                continue;
            }
            for (AddedConstraints.Added constraint : added.of(b.get(), a, before, after)) {
                int removed = 0;
                for (OwnRows.Group g : own.in(a.name())) {
                    if (constraint.narrowing() && g.current
                            || !constraint.columns().stream().allMatch(col -> g.seededColumn(col).isPresent())) {
                        continue;
                    }
                    for (Map<String, SeededValue> row : breaking(c, b.get(), g, constraint)) {
                        if (delete(c, b.get(), g, row, notes, constraint)) {
                            removed++;
                            if (g.current) {
                                current.computeIfAbsent(g.seeded, k -> new LinkedHashSet<>()).add(key(g, row));
                            }
                        }
                    }
                }
                if (removed > 0) {
                    notes.add("removed " + removed + " seeded row" + (removed == 1 ? "" : "s") + " of table " + a.name()
                            + " before the upgrade: they break " + constraint.what() + ", which it adds");
                }
            }
        }
        return new Removed(current, notes);
    }

    /** The group's rows that break the constraint now, as the database reads them. */
    private List<Map<String, SeededValue>> breaking(Connection c, Table b, OwnRows.Group g,
                                                    AddedConstraints.Added constraint) throws SQLException {
        List<String> locator = g.locatorNow();
        List<String> read = new ArrayList<>(locator);
        constraint.unique().stream().filter(col -> !read.contains(col)).forEach(read::add);
        String query = "select " + String.join(", ", read.stream().map(sql::quote).toList()) + " from "
                + sql.quote(b.name()) + constraint.predicate().map(p -> " where " + p).orElse("");
        Map<List<String>, List<List<String>>> byUnique = new HashMap<>();
        Set<List<String>> broken = new LinkedHashSet<>();
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < read.size(); i++) {
                    values.add(ValueText.read(rs, i + 1, type(b, read.get(i))));
                }
                List<String> key = values.subList(0, locator.size());
                if (constraint.unique().isEmpty()) {
                    broken.add(key);
                } else {
                    List<String> u = constraint.unique().stream().map(col -> values.get(read.indexOf(col))).toList();
                    if (!u.contains(null)) {
                        byUnique.computeIfAbsent(u, k -> new ArrayList<>()).add(key);
                    }
                }
            }
        } catch (SQLException e) {
            // a query the database can't run before the step (a column it adds) proves nothing: the step shows it
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            return List.of();
        }
        // of each group of duplicates, all but one row go, the verifier's first
        Set<List<String>> mine = new LinkedHashSet<>();
        g.rows.forEach(r -> mine.add(key(g, r)));
        byUnique.values().stream().filter(keys -> keys.size() > 1).forEach(keys -> {
            List<List<String>> own = keys.stream().filter(mine::contains).toList();
            int extra = keys.size() - 1;
            own.stream().limit(extra).forEach(broken::add);
        });
        return g.rows.stream().filter(r -> broken.contains(key(g, r))).toList();
    }

    private boolean delete(Connection c, Table b, OwnRows.Group g, Map<String, SeededValue> row, List<String> notes,
                           AddedConstraints.Added constraint) throws SQLException {
        List<String> locator = g.locatorNow();
        String delete = "delete from " + sql.quote(b.name()) + " where "
                + String.join(" and ", locator.stream().map(col -> sql.quote(col) + " = ?").toList());
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(delete)) {
            for (int i = 0; i < locator.size(); i++) {
                binder.bind(ps, i + 1, type(b, locator.get(i)), row.get(g.seeded.locator().get(i)));
            }
            ps.executeUpdate();
            g.rows.remove(row);
            return true;
        } catch (SQLException e) {
            // another row still points at it (a RESTRICT key): leave it, and the step shows what happens
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            notes.add("could not remove a seeded row of table " + b.name() + " that breaks " + constraint.what() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }

    private static List<String> key(OwnRows.Group g, Map<String, SeededValue> row) {
        return g.seeded.locator().stream().map(col -> row.get(col).canonical()).toList();
    }

    private static org.sqlbundle.compiler.internal.model.PortableType type(Table b, String column) {
        return b.column(column).map(Column::type).orElseThrow();
    }
}
