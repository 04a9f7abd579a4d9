package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * PostgreSQL, from pg_catalog in the current schema. Types are format_type's text ({@code character varying(64)},
 * {@code timestamp without time zone}); identity columns show the default {@code generated always|by default as
 * identity}. Every constraint name is kept: PostgreSQL's generated ones ({@code t_pkey}, {@code t_a_fkey}) do not
 * depend on creation order. Indexes backing a PRIMARY KEY, UNIQUE or EXCLUDE constraint are left out.
 */
final class PostgresqlSnapshotReader extends CatalogSnapshotReader {

    /** Unit separator: index expressions may contain commas. */
    private static final String SEPARATOR = "\u001f";
    private static final Pattern QUOTED_NAME = Pattern.compile("\"(?:[^\"]|\"\")*\"");

    private static final String COLUMNS = "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0"
            + " AND NOT a.attisdropped ORDER BY c.relname, a.attnum";

    private static final String CONSTRAINTS = "SELECT c.relname, con.conname, con.contype,"
            + " pg_get_constraintdef(con.oid, true),"
            + " (SELECT string_agg(a.attname, chr(31) ORDER BY k.o) FROM unnest(con.conkey) WITH ORDINALITY k(n, o)"
            + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n),"
            + " fc.relname,"
            + " (SELECT string_agg(a.attname, chr(31) ORDER BY k.o) FROM unnest(con.confkey) WITH ORDINALITY k(n, o)"
            + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n),"
            + " con.confdeltype, con.confupdtype"
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_class fc ON fc.oid = con.confrelid"
            + " WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f', 'c')";

    private static final String INDEXES = "SELECT t.relname, i.relname, ix.indisunique,"
            + " (SELECT string_agg(pg_get_indexdef(ix.indexrelid, k, true), chr(31) ORDER BY k)"
            + "   FROM generate_series(1, ix.indnkeyatts) k)"
            + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid"
            + "   AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))";

    private static final String ENUMS = "SELECT t.typname, string_agg(e.enumlabel, chr(31) ORDER BY e.enumsortorder)"
            + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE n.nspname = current_schema() GROUP BY t.typname";

    /** Identity and serial sequences belong to their column (pg_depend 'i' / 'a') and show as its default. */
    private static final String SEQUENCES = "SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart,"
            + " s.seqincrement, s.seqmin, s.seqmax, s.seqcycle FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
            + " AND d.objid = c.oid AND d.deptype IN ('a', 'i'))";

    private static final String VIEWS = "SELECT c.relname, pg_get_viewdef(c.oid, true) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')";

    /**
     * All six catalog queries in one round trip: verify reads a snapshot three times per revision, and on a server
     * each query's round trip cost more than the query itself.
     */
    @Override
    String storedName(Connection connection, java.util.Set<String> tables, String table) {
        return storedAmong(tables, table);
    }

    @Override
    Parts parts(Connection c) throws SQLException {
        return catalog(c, Optional.empty());
    }

    /**
     * The version table's {@code SELECT *} goes after the six catalog queries, in the same round trip; when the
     * table is gone (the server refuses the whole text: undefined_table) the catalog is read again without it. Only
     * in autocommit: inside a caller's transaction the refusal would abort it.
     */
    @Override
    Parts partsWithRowsOf(Connection c, String versionTable) throws SQLException {
        if (!c.getAutoCommit()) {
            return parts(c);
        }
        try {
            return catalog(c, Optional.of(versionTable));
        } catch (SQLException e) {
            if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
                throw e;
            }
            return catalog(c, Optional.empty());
        }
    }

    private static final String UNDEFINED_TABLE = "42P01";

    private static Parts catalog(Connection c, Optional<String> versionTable) throws SQLException {
        SortedMap<String, TableSnapshotBuilder> b = new TreeMap<>();
        SortedMap<String, EnumSnapshot> enums = new TreeMap<>();
        SortedMap<String, String> sequences = new TreeMap<>();
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        List<VersionRow> rows = new ArrayList<>();
        List<String> queries = new ArrayList<>(List.of(COLUMNS, CONSTRAINTS, INDEXES, ENUMS, SEQUENCES, VIEWS));
        List<RowHandler> handlers = new ArrayList<>(List.of(column(b), constraint(b), index(b),
                r -> enum_(enums, r), r -> sequence(sequences, r), r -> view(views, r)));
        if (versionTable.isPresent()) {
            queries.add(selectAll(c, versionTable.get()));
            handlers.add(r -> rows.add(versionRow(r)));
        }
        queryAll(c, queries, handlers);
        return new Parts(build(b), enums, views, sequences, versionTable, sorted(rows));
    }

    private static SortedMap<String, TableSnapshot> build(SortedMap<String, TableSnapshotBuilder> b) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        b.forEach((name, builder) -> tables.put(name, builder.build()));
        return tables;
    }

    private static RowHandler column(SortedMap<String, TableSnapshotBuilder> b) {
        return r -> {
            String identity = r.getString(6);
            Optional<String> dflt = identity == null || identity.isEmpty()
                    ? SqlText.defaultValue(r.getString(5))
                    : Optional.of(identity.equals("a") ? "generated always as identity"
                            : "generated by default as identity");
            b.computeIfAbsent(r.getString(1), TableSnapshotBuilder::new).column(new ColumnSnapshot(
                    r.getString(2), SqlText.type(r.getString(3)), !r.getBoolean(4), dflt));
        };
    }

    private static RowHandler constraint(SortedMap<String, TableSnapshotBuilder> b) {
        return r -> {
            TableSnapshotBuilder t = b.computeIfAbsent(r.getString(1), TableSnapshotBuilder::new);
            String name = r.getString(2);
            List<String> columns = split(r.getString(5));
            switch (r.getString(3)) {
                case "p":
                    t.primaryKey(new PrimaryKeySnapshot(Optional.of(name), columns));
                    break;
                case "u":
                    t.unique(new UniqueSnapshot(name, columns));
                    break;
                case "f":
                    t.foreignKey(new ForeignKeySnapshot(name, columns, r.getString(6), split(r.getString(7)),
                            ReferentialActions.normalise(r.getString(8)),
                            ReferentialActions.normalise(r.getString(9))));
                    break;
                default:
                    String def = r.getString(4).replaceFirst("^CHECK ", "").replaceFirst(" NOT VALID$", "");
                    t.check(new CheckSnapshot(name, SqlText.expression(def)));
            }
        };
    }

    private static RowHandler index(SortedMap<String, TableSnapshotBuilder> b) {
        return r -> b.computeIfAbsent(r.getString(1), TableSnapshotBuilder::new)
                .index(new IndexSnapshot(r.getString(2), indexColumns(r.getString(4)), r.getBoolean(3)));
    }

    private static void enum_(SortedMap<String, EnumSnapshot> enums, ResultSet r) throws SQLException {
        enums.put(r.getString(1), new EnumSnapshot(r.getString(1), split(r.getString(2))));
    }

    private static void sequence(SortedMap<String, String> out, ResultSet r) throws SQLException {
        out.put(r.getString(1), r.getString(2) + " start " + r.getLong(3) + " increment " + r.getLong(4)
                + " min " + r.getLong(5) + " max " + r.getLong(6) + (r.getBoolean(7) ? " cycle" : ""));
    }

    private static void view(SortedMap<String, ViewSnapshot> views, ResultSet r) throws SQLException {
        views.put(r.getString(1), new ViewSnapshot(r.getString(1), SqlText.expression(r.getString(2))));
    }

    /**
     * pg_get_indexdef quotes a column name that needs it ({@code "order"}, {@code "Tenant"}); the name is unquoted so
     * index columns read like every other column list. Expressions stay as printed.
     */
    private static List<String> indexColumns(String joined) {
        return split(joined).stream().map(k -> QUOTED_NAME.matcher(k).matches()
                ? k.substring(1, k.length() - 1).replace("\"\"", "\"") : k).toList();
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }
}
