package org.sqlbundle.compiler.internal.render.sqlite;

import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.quote;
import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.quoteAll;
import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.string;

import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/**
 * SQLite's generalized ALTER TABLE (https://www.sqlite.org/lang_altertable.html#otheralter): build the new
 * table beside the old one, copy the rows, drop the old one, give the new one its name, recreate indexes.
 * It runs inside the revision's transaction, where PRAGMA foreign_keys can't change; docs/sqlite.md says
 * why the steps below are safe there.
 */
final class SqliteTableRebuild {

    static final String NEW_PREFIX = "_sqlbundle_new_";

    private SqliteTableRebuild() {
    }

    /**
     * Rebuilds {@code oldTable} (as the database holds it now) into {@code newTable} (same name). Rows are
     * copied for every column both have by name; renames are done before the rebuild, natively.
     */
    static List<String> statements(Table oldTable, Table newTable, Schema before, Schema after, SourcePos pos) {
        String name = newTable.name();
        String temp = NEW_PREFIX + name;
        List<String> out = new ArrayList<>();
        if (isReferenced(before, name)) {
            // with enforcement on, DROP TABLE deletes every row first and fires ON DELETE actions on the
            // tables pointing here (cascades would empty them); stop before anything changes instead
            out.addAll(SqliteAbort.unless("(SELECT \"foreign_keys\" FROM pragma_foreign_keys) = 0",
                    "sqlbundle: rebuilding table " + name + ", which foreign keys reference, needs PRAGMA "
                            + "foreign_keys=OFF (the sqlite3 default) on the connection running the bundle"));
        }
        out.add(SqliteDdl.createTable(newTable, temp, after, pos));
        if (hasAutoincrement(oldTable) && hasAutoincrement(newTable)) {
            // keep the AUTOINCREMENT high-water mark, so ids of deleted rows are never handed out again
            out.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + string(temp)
                    + ", seq FROM sqlite_sequence WHERE name = " + string(name));
        }
        List<String> kept = newTable.columns().stream().map(Column::name).filter(oldTable::hasColumn).toList();
        if (!kept.isEmpty()) {
            out.add("INSERT INTO " + quote(temp) + " (" + quoteAll(kept) + ") SELECT " + quoteAll(kept)
                    + " FROM " + quote(name));
        }
        out.add("DROP TABLE " + quote(name));
        // legacy mode renames only this table: the modern mode re-parses every view and trigger and refuses
        // while one of them still names the table just dropped, and there is nothing else to rewrite here
        out.add("PRAGMA legacy_alter_table = ON");
        out.add("ALTER TABLE " + quote(temp) + " RENAME TO " + quote(name));
        out.add("PRAGMA legacy_alter_table = OFF");
        for (Index index : newTable.indexes()) {
            out.add(SqliteDdl.createIndex(index));
        }
        if (!oldTable.foreignKeys().containsAll(newTable.foreignKeys())) {
            // a new foreign key: with enforcement off (the default) nothing checked the copied rows against
            // it. Rebuilds that keep the keys don't check, so rows orphaned earlier don't block them.
            out.addAll(SqliteAbort.unless("NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check(" + string(name) + "))",
                    "sqlbundle: rows of table " + name + " violate its foreign keys after the rebuild; "
                            + "run PRAGMA foreign_key_check(" + name + ") to list them"));
        }
        return out;
    }

    private static boolean isReferenced(Schema schema, String table) {
        return schema.tables().values().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.refTable().equals(table));
    }

    private static boolean hasAutoincrement(Table table) {
        return table.columns().stream().anyMatch(Column::autoincrement);
    }
}
