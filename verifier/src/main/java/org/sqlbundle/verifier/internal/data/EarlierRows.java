package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * The verifier's rows of earlier seeds in one table, as they read now: what a step whose SQL the model can't scope
 * must leave as it found (see {@link DataRoundTrip#earlierRows}). Values the verifier did not write (a column added
 * after the row, a default) are left out of the comparison, as for the step's own rows.
 */
final class EarlierRows {

    private EarlierRows() {
    }

    static List<SeededTable> read(Connection c, LossCheck reader, Table table, List<OwnRows.Group> groups)
            throws SQLException {
        Map<List<String>, List<OwnRows.Group>> byLocator = new LinkedHashMap<>();
        groups.stream().filter(g -> g.locatorNow().stream().allMatch(table::hasColumn))
                .forEach(g -> byLocator.computeIfAbsent(g.locatorNow(), k -> new ArrayList<>()).add(g));
        Map<String, Column> columns = new LinkedHashMap<>();
        table.columns().forEach(col -> columns.put(col.name(), col));
        List<SeededTable> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<OwnRows.Group>> locator : byLocator.entrySet()) {
            Map<List<String>, Map<String, String>> now =
                    reader.read(c, table.name(), columns, locator.getKey(), Optional.empty());
            List<Map<String, SeededValue>> rows = new ArrayList<>();
            for (OwnRows.Group g : locator.getValue()) {
                for (Map<String, SeededValue> seeded : g.rows) {
                    Map<String, String> found = now.get(g.seeded.locator().stream()
                            .map(col -> seeded.get(col).canonical()).toList());
                    if (found != null) {
                        rows.add(asRead(table, g, found));
                    }
                }
            }
            if (!rows.isEmpty()) {
                out.add(new SeededTable(table, locator.getKey(), rows, true));
            }
        }
        return out;
    }

    /** The row as read, NULL (not compared) in the columns the verifier did not write. */
    private static Map<String, SeededValue> asRead(Table table, OwnRows.Group g, Map<String, String> found) {
        Map<String, SeededValue> row = new LinkedHashMap<>();
        for (Column col : table.columns()) {
            String value = found.get(col.name());
            row.put(col.name(), value != null && g.columns.containsValue(col.name())
                    ? new SeededValue(null, value) : SeededValue.NULL);
        }
        return row;
    }
}
