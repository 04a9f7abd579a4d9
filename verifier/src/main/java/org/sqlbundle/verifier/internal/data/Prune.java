package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
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
 * added later, a default, an update), still breaks the step, as it would on a real database. It runs before the step
 * seeds its own rows (made to pass what the step adds, {@link LaterShape}), so a removal that cascades (ON DELETE
 * CASCADE / SET NULL) reaches only rows no later check reads, and the rows that show what a narrowing does to data
 * are the step's own, which it never removes.
 */
final class Prune {

    private final TableSeeder sql;
    private final AddedConstraints added;
    private final OwnDelete deleter;

    Prune(Dialect dialect, TableSeeder sql) {
        this.sql = sql;
        this.added = new AddedConstraints(dialect);
        this.deleter = new OwnDelete(sql, new Binder(dialect));
    }

    /** Removes them; returns a note per row it could not remove (another row still points at it). */
    List<String> run(Connection c, OwnRows own, Schema before, Schema after) throws SQLException {
        List<String> notes = new ArrayList<>();
        for (String name : changed(before, after)) {
            Optional<Table> b = before.table(name);
            Optional<Table> changedTable = after.table(name);
            if (b.isEmpty() || changedTable.isEmpty() || own.in(name).isEmpty()) {
                continue;
            }
            Table a = changedTable.get();
            for (AddedConstraints.Added constraint : added.of(b.get(), a, before, after)) {
                for (OwnRows.Group g : own.in(a.name())) {
                    if (!constraint.columns().stream().allMatch(col -> g.seededColumn(col).isPresent())) {
                        continue;
                    }
                    for (Map<String, SeededValue> row : breaking(c, b.get(), g, constraint)) {
                        deleter.delete(c, before, own, g, row).ifPresent(why -> notes.add("kept a seeded row of table "
                                + a.name() + " that breaks " + constraint.what() + ": " + why));
                    }
                }
            }
        }
        return notes;
    }

    /**
     * The tables the step changed, and those using an enum it changed; read from the model's change log, so a step
     * costs what it changes, not what the schema holds (every table when the log can't tell).
     */
    private static Set<String> changed(Schema before, Schema after) {
        Optional<Schema.Changes> changes = after.changedSince(before);
        if (changes.isEmpty()) {
            return after.tables().keySet();
        }
        Set<String> out = new java.util.TreeSet<>(changes.get().tables());
        changes.get().enums().forEach(e -> after.tablesUsingEnum(e).forEach(t -> out.add(t.name())));
        return out;
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

    private static List<String> key(OwnRows.Group g, Map<String, SeededValue> row) {
        return g.seeded.locator().stream().map(col -> row.get(col).canonical()).toList();
    }

    private static org.sqlbundle.compiler.internal.model.PortableType type(Table b, String column) {
        return b.column(column).map(Column::type).orElseThrow();
    }
}
