package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * Reads one seeded table back and lists what is gone: the table, rows, a column's values, or values that
 * read differently. A NULL that now holds a value is not a loss (a backfill such as
 * {@code UPDATE ... WHERE x IS NULL} adds data); a value that became NULL or another value is.
 */
final class LossCheck {

    private final TableSeeder sql;

    LossCheck(TableSeeder sql) {
        this.sql = sql;
    }

    List<DataLoss> check(Connection c, SeededTable seeded, RenameTrail trail, Schema now) throws SQLException {
        List<DataLoss> losses = new ArrayList<>();
        if (seeded.rows().isEmpty()) {
            return losses;
        }
        String name = trail.table(seeded.name());
        String shown = (name.equals(seeded.name()) ? name : seeded.name() + " (now " + name + ")")
                + (seeded.wholeTable() ? " (rows of earlier steps)" : "");
        Optional<Table> table = now.table(name);
        if (table.isEmpty()) {
            losses.add(new DataLoss(shown, Optional.empty(), "table dropped: " + rows(seeded.rows().size()) + " lost"));
            return losses;
        }
        List<String> locatorNow = seeded.locator().stream().map(col -> trail.column(seeded.name(), col)).toList();
        if (!locatorNow.stream().allMatch(table.get()::hasColumn)) {
            losses.add(new DataLoss(shown, Optional.empty(), "rows can't be found again: locator column(s) "
                    + seeded.locator() + " are gone; " + rows(seeded.rows().size()) + " unverifiable"));
        }
        // seeded column -> current column, for the columns that still exist
        Map<String, Column> present = new LinkedHashMap<>();
        for (Column col : seeded.table().columns()) {
            table.get().column(trail.column(seeded.name(), col.name())).ifPresent(cur -> present.put(col.name(), cur));
        }
        for (Column col : seeded.table().columns()) {
            if (!present.containsKey(col.name())) {
                List<String> lost = seeded.rows().stream().map(r -> r.get(col.name())).filter(v -> !v.isNull())
                        .map(SeededValue::canonical).toList();
                if (!lost.isEmpty()) {
                    losses.add(new DataLoss(shown, Optional.of(col.name()), "column dropped: " + lost.size()
                            + (lost.size() == 1 ? " value" : " values") + " lost, e.g. '" + clip(lost.get(0)) + "'"));
                }
            }
        }
        if (!locatorNow.stream().allMatch(table.get()::hasColumn)) {
            return losses;
        }
        Map<List<String>, Map<String, String>> found = seeded.wholeTable() ? Map.of()
                : readByLocator(c, name, present, seeded, table.get(), locatorNow);
        // a row not found by its bound key (a NULL in an all-columns locator, a key whose type changed, a row really
        // gone) is looked for by its values among every row, which the comparison does anyway
        Map<List<String>, Map<String, String>> actual = seeded.rows().stream()
                .allMatch(row -> found.containsKey(key(seeded, row))) ? found
                : read(c, name, present, seeded.locator(), Optional.empty());
        compareRows(seeded, shown, present, actual, losses);
        return losses;
    }

    /** The seeded rows found by their bound locator values; empty when the database can't compare them so. */
    private Map<List<String>, Map<String, String>> readByLocator(Connection c, String name, Map<String, Column> present,
                                                                 SeededTable seeded, Table now, List<String> locatorNow) {
        try {
            return read(c, name, present, seeded.locator(), Optional.of(byLocator(seeded, now, locatorNow)));
        } catch (SQLException e) {
            // e.g. PostgreSQL refusing a bigint bound against a key that is text now: the full read decides
            return Map.of();
        }
    }

    private static List<String> key(SeededTable seeded, Map<String, SeededValue> row) {
        return seeded.locator().stream().map(col -> row.get(col).canonical()).toList();
    }

    private void compareRows(SeededTable seeded, String shown, Map<String, Column> present,
                             Map<List<String>, Map<String, String>> actual, List<DataLoss> losses) {
        List<List<String>> missing = new ArrayList<>();
        Map<String, List<String>> changed = new LinkedHashMap<>();
        for (Map<String, SeededValue> row : seeded.rows()) {
            List<String> key = key(seeded, row);
            Map<String, String> now = actual.get(key);
            if (now == null) {
                missing.add(key);
                continue;
            }
            for (String col : present.keySet()) {
                String expected = row.get(col).canonical();
                String got = now.get(col);
                if (expected != null && !expected.equals(got)) {
                    changed.computeIfAbsent(col, k -> new ArrayList<>())
                            .add("expected '" + clip(expected) + "', got " + (got == null ? "NULL" : "'" + clip(got) + "'"));
                }
            }
        }
        if (!missing.isEmpty()) {
            losses.add(new DataLoss(shown, Optional.empty(), missing.size() + " of " + rows(seeded.rows().size())
                    + " missing, e.g. " + seeded.locator() + " = " + missing.get(0)));
        }
        changed.forEach((col, examples) -> {
            String colNow = present.get(col).name();
            losses.add(new DataLoss(shown, Optional.of(col.equals(colNow) ? col : col + " (now " + colNow + ")"),
                    examples.size() + (examples.size() == 1 ? " value" : " values") + " changed (now "
                            + present.get(col).type() + "), e.g. " + examples.get(0)));
        });
    }

    /**
     * Only the seeded rows, by their locator values: the step's cost stays what it seeded, however many rows earlier
     * steps left in the table (docs/verifier.md, "Which rows are read back").
     */
    private RowFilter byLocator(SeededTable seeded, Table now, List<String> locatorNow) {
        String one = "(" + String.join(" and ", locatorNow.stream().map(col -> sql.quote(col) + " = ?").toList()) + ")";
        String where = " where " + String.join(" or ", java.util.Collections.nCopies(seeded.rows().size(), one));
        return new RowFilter(where, ps -> {
            int index = 1;
            for (Map<String, SeededValue> row : seeded.rows()) {
                for (int i = 0; i < locatorNow.size(); i++) {
                    sql.bind(ps, index++, now.column(locatorNow.get(i)).orElseThrow().type(),
                            row.get(seeded.locator().get(i)));
                }
            }
        });
    }

    /** A WHERE clause and what binds its parameters. */
    record RowFilter(String where, Binding binding) {
    }

    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** The rows of the table {@code filter} selects (every row when empty), keyed by the canonical locator values, columns by their seeded names. */
    Map<List<String>, Map<String, String>> read(Connection c, String table, Map<String, Column> present,
                                                List<String> locator, Optional<RowFilter> filter)
            throws SQLException {
        List<String> seededNames = new ArrayList<>(present.keySet());
        String select = "select " + String.join(", ", seededNames.stream().map(s -> sql.quote(present.get(s).name()))
                .toList()) + " from " + sql.quote(table) + filter.map(RowFilter::where).orElse("");
        Map<List<String>, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            if (filter.isPresent()) {
                filter.get().binding().bind(ps);
            }
            try (ResultSet rs = ps.executeQuery()) {
                collect(rs, seededNames, present, locator, out);
            }
        }
        return out;
    }

    private static void collect(ResultSet rs, List<String> seededNames, Map<String, Column> present,
                                List<String> locator, Map<List<String>, Map<String, String>> out) throws SQLException {
        while (rs.next()) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < seededNames.size(); i++) {
                row.put(seededNames.get(i), ValueText.read(rs, i + 1, present.get(seededNames.get(i)).type()));
            }
            out.putIfAbsent(locator.stream().map(row::get).toList(), row);
        }
    }

    private static String rows(int n) {
        return n + (n == 1 ? " seeded row" : " seeded rows");
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
