package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The shape every dialect's reader shares: tables, enum types and views from catalog queries, then the version
 * table's rows, with SQL errors turned into INFRASTRUCTURE failures.
 */
abstract class CatalogSnapshotReader implements SnapshotReader {

    @Override
    public final Snapshot read(Connection connection, Optional<String> versionTable) {
        return SyntheticNames.numbered(readRaw(connection, versionTable));
    }

    @Override
    public final Snapshot readRaw(Connection connection, Optional<String> versionTable) {
        try {
            Optional<String> guess = versionTable.flatMap(t -> lastStoredVersionTable.filter(t::equalsIgnoreCase));
            Parts parts = guess.isPresent() ? partsWithRowsOf(connection, guess.get()) : parts(connection);
            List<VersionRow> rows = new ArrayList<>();
            if (versionTable.isPresent()) {
                boolean present = parts.tables().keySet().stream().anyMatch(t -> t.equalsIgnoreCase(versionTable.get()));
                if (present) {
                    String stored = storedName(connection, parts.tables().keySet(), versionTable.get());
                    rows = stored.equals(parts.rowsOf().orElse(null)) ? parts.rows()
                            : versionRows(connection, versionTable.get(), stored);
                    lastStoredVersionTable = Optional.of(stored);
                }
            }
            return new Snapshot(parts.tables(), parts.enums(), parts.views(), rows, parts.sequences());
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot read the schema: " + e.getMessage(), e);
        }
    }

    /**
     * What a snapshot reads from the catalog; the version table's rows come after it, unless {@code rowsOf} names the
     * table (by its stored name) whose rows {@code rows} already holds.
     */
    record Parts(SortedMap<String, TableSnapshot> tables, SortedMap<String, EnumSnapshot> enums,
                 SortedMap<String, ViewSnapshot> views, SortedMap<String, String> sequences,
                 Optional<String> rowsOf, List<VersionRow> rows) {

        Parts(SortedMap<String, TableSnapshot> tables, SortedMap<String, EnumSnapshot> enums,
              SortedMap<String, ViewSnapshot> views, SortedMap<String, String> sequences) {
            this(tables, enums, views, sequences, Optional.empty(), List.of());
        }
    }

    /**
     * The version table's stored name at this reader's last read: verify reads one database after another script,
     * so it is almost always still there, and a reader that reads its catalog in one round trip reads its rows in it.
     */
    private Optional<String> lastStoredVersionTable = Optional.empty();

    /** Tables, enum types, views and free sequences, read the way the dialect reads its catalog fastest. */
    abstract Parts parts(Connection connection) throws SQLException;

    /**
     * As {@link #parts}, and the rows of the table stored as {@code versionTable} if it still exists, where the
     * dialect can read them with the catalog at no extra round trip; by default they are read after.
     */
    Parts partsWithRowsOf(Connection connection, String versionTable) throws SQLException {
        return parts(connection);
    }

    /**
     * The version table by its stored name, quoted as the driver says: bundles create it quoted in lower case,
     * while a hand-made one on H2 is stored upper case, so the name is looked up case-insensitively first.
     * {@code tables}: the names the catalog read gave, for a dialect whose reader keeps them as stored.
     */
    String storedName(Connection connection, Set<String> tables, String table) throws SQLException {
        String stored = table;
        try (ResultSet t = connection.getMetaData().getTables(connection.getCatalog(), null, null, new String[]{"TABLE"})) {
            while (t.next()) {
                String name = t.getString("TABLE_NAME");
                if (name.equals(table)) {
                    return name;
                }
                if (name.equalsIgnoreCase(table)) {
                    stored = name;
                }
            }
        }
        return stored;
    }

    /**
     * For readers whose table names are the catalog's own (sqlite_master, pg_class): the stored name from the
     * tables just read, an exact match first, without the driver's metadata query (one more catalog round trip per
     * snapshot, and verify reads three snapshots per revision).
     */
    static String storedAmong(Set<String> tables, String table) {
        return tables.contains(table) ? table
                : tables.stream().filter(t -> t.equalsIgnoreCase(table)).findFirst().orElse(table);
    }

    private static List<VersionRow> versionRows(Connection connection, String table, String stored)
            throws SQLException {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw SqlbundleException.badInput("version table name '" + table + "' is not a plain identifier");
        }
        List<VersionRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(selectAll(connection, stored));
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(versionRow(r));
            }
        }
        return sorted(rows);
    }

    /** The query of a version table's rows; {@code stored} is a name the catalog gave, so a plain identifier. */
    static String selectAll(Connection connection, String stored) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        return "SELECT * FROM " + quote + stored + quote;
    }

    static VersionRow versionRow(ResultSet r) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        SortedMap<String, Optional<String>> values = new TreeMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            values.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), Optional.ofNullable(r.getString(c)));
        }
        return new VersionRow(values);
    }

    static List<VersionRow> sorted(List<VersionRow> rows) {
        List<VersionRow> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(row -> row.values().toString()));
        return out;
    }

    /** Runs a query with string parameters and hands each row to {@code each}. */
    static void query(Connection connection, String sql, List<String> params, RowHandler each) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setString(i + 1, params.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    each.accept(r);
                }
            }
        }
    }

    /**
     * Several queries without parameters in one text, their results handed to {@code handlers} in order: drivers
     * that send a multi-statement text's queries before one sync (pgjdbc) answer them in one round trip.
     */
    static void queryAll(Connection connection, List<String> sqls, List<RowHandler> handlers) throws SQLException {
        try (Statement s = connection.createStatement()) {
            boolean result = s.execute(String.join(";\n", sqls));
            for (RowHandler each : handlers) {
                if (!result) {
                    throw new SQLException("the catalog query returned no rows' set: " + sqls);
                }
                try (ResultSet r = s.getResultSet()) {
                    while (r.next()) {
                        each.accept(r);
                    }
                }
                result = s.getMoreResults();
            }
        }
    }

    /** One result row; may throw, unlike a Consumer. */
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }
}
