package org.sqlbundle.compiler.internal.types;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PortableType.Kind;
import org.sqlbundle.compiler.internal.types.TypeTable.Row;
import org.sqlbundle.compiler.internal.types.TypeTable.Spelling;

/**
 * The rows of every dialect's {@link TypeTable}: per portable kind, the DDL spelling and the catalog's. Why each
 * choice was made is in docs/dialects.md and docs/sqlite.md; the generated table is docs/type-table.md.
 */
final class TypeTables {

    /** What H2's catalog reports as the length of a varchar declared without one (sqlbundle's text). */
    static final String H2_UNBOUNDED_VARCHAR = "1000000000";

    /** MySQL/MariaDB's text types by the most bytes each holds, smallest first (before the tables that use it). */
    private static final Map<Long, String> MYSQL_TEXTS = mysqlTexts();

    private static final TypeTable POSTGRESQL = postgresql();
    private static final TypeTable H2 = h2();
    private static final TypeTable MYSQL = mysqlFamily(Dialect.MYSQL);
    private static final TypeTable MARIADB = mysqlFamily(Dialect.MARIADB);
    private static final TypeTable SQLITE = sqlite();

    private TypeTables() {
    }

    static TypeTable forDialect(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> POSTGRESQL;
            case H2 -> H2;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case SQLITE -> SQLITE;
        };
    }

    private static TypeTable postgresql() {
        Map<Kind, Row> r = new EnumMap<>(Kind.class);
        same(r, Kind.INTEGER, "integer");
        same(r, Kind.BIGINT, "bigint");
        same(r, Kind.SMALLINT, "smallint");
        same(r, Kind.BOOLEAN, "boolean");
        r.put(Kind.STRING, row(t -> "varchar(" + t.length() + ")", t -> "character varying(" + t.length() + ")"));
        same(r, Kind.TEXT, "text");
        same(r, Kind.DATE, "date");
        // timestamp without time zone, like MySQL's datetime: no conversion on read
        r.put(Kind.DATETIME, row(t -> "timestamp", t -> "timestamp without time zone"));
        r.put(Kind.TIMESTAMP, r.get(Kind.DATETIME));
        r.put(Kind.DECIMAL, row(t -> "numeric(" + t.length() + ", " + t.scale() + ")",
                t -> "numeric(" + t.length() + "," + t.scale() + ")"));
        same(r, Kind.FLOAT, "real");
        same(r, Kind.DOUBLE, "double precision");
        same(r, Kind.BINARY, "bytea");
        same(r, Kind.JSON, "jsonb");
        // a type of its own, created under the model's name; format_type quotes the name only when it must
        r.put(Kind.ENUM, new Row((t, s, lit) -> quotedName(t.enumName()),
                (t, s, lit) -> t.enumName().matches("[a-z_][a-z0-9_]*") ? t.enumName() : quotedName(t.enumName())));
        return new TypeTable(Dialect.POSTGRESQL, r, List.of(), Map.of("character varying", PortableType.of(Kind.TEXT)),
                false);
    }

    private static TypeTable h2() {
        Map<Kind, Row> r = new EnumMap<>(Kind.class);
        same(r, Kind.INTEGER, "integer");
        same(r, Kind.BIGINT, "bigint");
        same(r, Kind.SMALLINT, "smallint");
        same(r, Kind.BOOLEAN, "boolean");
        r.put(Kind.STRING, row(t -> "varchar(" + t.length() + ")", t -> "character varying(" + t.length() + ")"));
        // H2's unbounded varchar is its text (CLOB is a LOB with LOB rules)
        r.put(Kind.TEXT, row(t -> "varchar", t -> "character varying(" + H2_UNBOUNDED_VARCHAR + ")"));
        same(r, Kind.DATE, "date");
        same(r, Kind.DATETIME, "timestamp");
        same(r, Kind.TIMESTAMP, "timestamp");
        r.put(Kind.DECIMAL, row(t -> "numeric(" + t.length() + ", " + t.scale() + ")",
                t -> "numeric(" + t.length() + "," + t.scale() + ")"));
        same(r, Kind.FLOAT, "real");
        same(r, Kind.DOUBLE, "double precision");
        r.put(Kind.BINARY, row(t -> "blob", t -> "binary large object"));
        same(r, Kind.JSON, "json");
        r.put(Kind.ENUM, inlineEnum());
        return new TypeTable(Dialect.H2, r, List.of(), Map.of(), false);
    }

    private static Map<Long, String> mysqlTexts() {
        Map<Long, String> m = new LinkedHashMap<>();
        m.put(255L, "tinytext");
        m.put(65_535L, "text");
        m.put(16_777_215L, "mediumtext");
        m.put(4_294_967_295L, "longtext");
        return m;
    }

    /** The smallest text type that holds the bound (what MySQL picks for TEXT(n) in a single-byte charset). */
    static String mysqlText(PortableType t) {
        for (Map.Entry<Long, String> e : MYSQL_TEXTS.entrySet()) {
            if (t.length() > 0 && t.length() <= e.getKey()) {
                return e.getValue();
            }
        }
        return "longtext";
    }

    private static TypeTable mysqlFamily(Dialect dialect) {
        Map<Kind, Row> r = new EnumMap<>(Kind.class);
        same(r, Kind.INTEGER, "int");
        same(r, Kind.BIGINT, "bigint");
        same(r, Kind.SMALLINT, "smallint");
        same(r, Kind.BOOLEAN, "tinyint(1)");
        r.put(Kind.STRING, row(t -> "varchar(" + t.length() + ")", t -> "varchar(" + t.length() + ")"));
        // unbounded text is LONGTEXT (as unbounded as PostgreSQL's text); a bound picks the smallest that holds it
        r.put(Kind.TEXT, row(TypeTables::mysqlText, TypeTables::mysqlText));
        same(r, Kind.DATE, "date");
        // datetime, not timestamp: no time-zone conversion, no 2038 limit, no implicit ON UPDATE
        same(r, Kind.DATETIME, "datetime");
        same(r, Kind.TIMESTAMP, "datetime");
        r.put(Kind.DECIMAL, row(t -> "decimal(" + t.length() + ", " + t.scale() + ")",
                t -> "decimal(" + t.length() + "," + t.scale() + ")"));
        same(r, Kind.FLOAT, "float");
        same(r, Kind.DOUBLE, "double");
        same(r, Kind.BINARY, "longblob");
        same(r, Kind.JSON, "json");
        r.put(Kind.ENUM, inlineEnum());
        Map<String, PortableType> texts = new LinkedHashMap<>();
        for (Map.Entry<Long, String> e : MYSQL_TEXTS.entrySet()) {
            if (e.getKey() <= Integer.MAX_VALUE) {
                texts.put(e.getValue(), new PortableType(Kind.TEXT, e.getKey().intValue(), 0, ""));
            }
        }
        return new TypeTable(dialect, r, List.of(), texts, true);
    }

    /**
     * SQLite stores values by type affinity, not by declared type, so the names are chosen for the affinity they
     * give and for readability; the catalog (the table's own SQL) keeps them as written.
     */
    private static TypeTable sqlite() {
        Map<Kind, Row> r = new EnumMap<>(Kind.class);
        // every integer width is stored the same way (up to 8 bytes), and only the exact spelling INTEGER makes a
        // single-column primary key the rowid alias that AUTOINCREMENT requires
        for (Kind k : List.of(Kind.INTEGER, Kind.BIGINT, Kind.SMALLINT)) {
            sqlite(r, k, t -> "INTEGER");
        }
        sqlite(r, Kind.BOOLEAN, t -> "BOOLEAN");
        // VARCHAR(n) has TEXT affinity; SQLite does not enforce n, but keeps it in the schema for readers
        sqlite(r, Kind.STRING, t -> "VARCHAR(" + t.length() + ")");
        for (Kind k : List.of(Kind.TEXT, Kind.JSON, Kind.ENUM)) {
            sqlite(r, k, t -> "TEXT");
        }
        sqlite(r, Kind.DATE, t -> "DATE");
        sqlite(r, Kind.DATETIME, t -> "DATETIME");
        sqlite(r, Kind.TIMESTAMP, t -> "TIMESTAMP");
        sqlite(r, Kind.DECIMAL, t -> t.scale() == 0 ? "NUMERIC(" + t.length() + ")"
                : "NUMERIC(" + t.length() + "," + t.scale() + ")");
        sqlite(r, Kind.FLOAT, t -> "REAL");
        sqlite(r, Kind.DOUBLE, t -> "REAL");
        sqlite(r, Kind.BINARY, t -> "BLOB");
        // read back, integer is the broadest of the three integers and real the wider float
        return new TypeTable(Dialect.SQLITE, r, List.of(Kind.INTEGER, Kind.TEXT, Kind.DOUBLE), Map.of(), false);
    }

    private interface Simple {
        String of(PortableType type);
    }

    private static void same(Map<Kind, Row> rows, Kind kind, String spelling) {
        rows.put(kind, row(t -> spelling, t -> spelling));
    }

    private static void sqlite(Map<Kind, Row> rows, Kind kind, Simple ddl) {
        rows.put(kind, row(ddl, t -> ddl.of(t).toLowerCase(Locale.ROOT)));
    }

    private static Row row(Simple ddl, Simple catalog) {
        return new Row((t, s, lit) -> ddl.of(t), (t, s, lit) -> catalog.of(t));
    }

    /** MySQL and H2 write an enum's labels into the column type; catalogs print them without the space. */
    private static Row inlineEnum() {
        Spelling ddl = (t, s, lit) -> TypeTable.inlineEnum(s, t, lit, ", ");
        Spelling catalog = (t, s, lit) -> TypeTable.inlineEnum(s, t, lit, ",");
        return new Row(ddl, catalog);
    }

    private static String quotedName(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
