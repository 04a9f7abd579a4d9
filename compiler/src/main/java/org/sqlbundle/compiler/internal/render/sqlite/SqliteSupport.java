package org.sqlbundle.compiler.internal.render.sqlite;

import java.util.Map;
import java.util.TreeMap;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.internal.render.Support;

/** How SQLite 3.40 carries out each op; docs/sqlite.md explains each answer. */
final class SqliteSupport {

    private static final String REBUILD = "table rebuild (create new table, copy rows, drop, rename)";

    private static final Map<String, Support> ANSWERS = answers();

    private SqliteSupport() {
    }

    static Support of(String opName) {
        Support s = ANSWERS.get(opName);
        if (s == null) {
            throw new IllegalArgumentException("unknown op '" + opName + "'; ops are " + OpReader.OP_NAMES);
        }
        return s;
    }

    private static Map<String, Support> answers() {
        Map<String, Support> m = new TreeMap<>();
        m.put("create_table", Support.nativeSql("CREATE TABLE; enum columns become TEXT with a CHECK; "
                + "comments are not stored (SQLite has none), only kept in the model"));
        m.put("drop_table", Support.nativeSql("DROP TABLE"));
        m.put("rename_table", Support.nativeSql("ALTER TABLE RENAME TO"));
        m.put("add_column", Support.nativeSql("ALTER TABLE ADD COLUMN; a " + REBUILD + " when the column is "
                + "NOT NULL without a default or defaults to current_timestamp"));
        m.put("drop_column", Support.nativeSql("ALTER TABLE DROP COLUMN (SQLite 3.35+)"));
        m.put("alter_column", Support.emulated(REBUILD + "; a rename alone is ALTER TABLE RENAME COLUMN"));
        m.put("create_index", Support.nativeSql("CREATE INDEX"));
        m.put("drop_index", Support.nativeSql("DROP INDEX"));
        m.put("add_foreign_key", Support.emulated(REBUILD));
        m.put("add_unique", Support.emulated(REBUILD));
        m.put("add_check", Support.emulated(REBUILD));
        m.put("drop_constraint", Support.emulated(REBUILD));
        m.put("create_primary_key", Support.emulated(REBUILD));
        m.put("create_enum", Support.emulated("no enum types: nothing is created; columns of the enum are TEXT "
                + "with a CHECK (col IN (...)) constraint"));
        m.put("drop_enum", Support.emulated("no enum types: nothing to drop"));
        m.put("add_enum_value", Support.emulated(REBUILD + " of each table with a column of the enum (its CHECK)"));
        m.put("drop_enum_value", Support.emulated(REBUILD + " of each table with a column of the enum (its CHECK), "
                + "after a guard that refuses while rows hold the value"));
        m.put("create_view", Support.nativeSql("CREATE VIEW"));
        m.put("drop_view", Support.nativeSql("DROP VIEW"));
        m.put("insert", Support.nativeSql("INSERT, one statement per row; booleans as 1/0"));
        m.put("delete", Support.nativeSql("DELETE by key, one statement per key"));
        m.put("alter_table_options", Support.emulated("no statement: engine, charset and collation are "
                + "MySQL/MariaDB table options, kept in the model only"));
        m.put("sql", Support.nativeSql("the sqlite variant of the SQL, else the portable SQL, as written"));
        if (!m.keySet().equals(OpReader.OP_NAMES)) {
            throw new IllegalStateException("SQLite support answers " + m.keySet() + " but ops are " + OpReader.OP_NAMES);
        }
        return Map.copyOf(m);
    }
}
