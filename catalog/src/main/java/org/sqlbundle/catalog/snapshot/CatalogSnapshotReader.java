package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            SortedMap<String, TableSnapshot> tables = tables(connection);
            List<VersionRow> rows = new ArrayList<>();
            if (versionTable.isPresent()) {
                Optional<String> stored = tables.keySet().stream()
                        .filter(t -> t.equalsIgnoreCase(versionTable.get())).findFirst();
                if (stored.isPresent()) {
                    rows = versionRows(connection, versionTable.get());
                }
            }
            return new Snapshot(tables, enums(connection), views(connection), rows, sequences(connection));
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot read the schema: " + e.getMessage(), e);
        }
    }

    abstract SortedMap<String, TableSnapshot> tables(Connection connection) throws SQLException;

    SortedMap<String, EnumSnapshot> enums(Connection connection) throws SQLException {
        return new TreeMap<>();
    }

    abstract SortedMap<String, ViewSnapshot> views(Connection connection) throws SQLException;

    /** Sequences no column owns; only PostgreSQL reads them (see {@link Snapshot}). */
    SortedMap<String, String> sequences(Connection connection) throws SQLException {
        return new TreeMap<>();
    }

    /**
     * The version table by its stored name, quoted as the driver says: bundles create it quoted in lower case,
     * while a hand-made one on H2 is stored upper case, so the name is looked up case-insensitively first.
     */
    private static List<VersionRow> versionRows(Connection connection, String table) throws SQLException {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw SqlbundleException.badInput("version table name '" + table + "' is not a plain identifier");
        }
        List<VersionRow> rows = new ArrayList<>();
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String stored = table;
        try (ResultSet t = connection.getMetaData().getTables(connection.getCatalog(), null, null, new String[]{"TABLE"})) {
            while (t.next()) {
                String name = t.getString("TABLE_NAME");
                if (name.equals(table)) {
                    stored = name;
                    break;
                }
                if (name.equalsIgnoreCase(table)) {
                    stored = name;
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + quote + stored + quote);
             ResultSet r = s.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                SortedMap<String, Optional<String>> values = new TreeMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    values.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), Optional.ofNullable(r.getString(c)));
                }
                rows.add(new VersionRow(values));
            }
        }
        rows.sort(Comparator.comparing(row -> row.values().toString()));
        return rows;
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

    /** One result row; may throw, unlike a Consumer. */
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }
}
