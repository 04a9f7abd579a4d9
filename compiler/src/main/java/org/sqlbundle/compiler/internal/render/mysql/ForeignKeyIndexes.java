package org.sqlbundle.compiler.internal.render.mysql;

import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.render.DialectRenderer;

/**
 * InnoDB needs an index whose leading columns are a foreign key's columns, and silently drops the index it
 * made for a foreign key once another index can serve it. Dropping that other index then fails ("needed in
 * a foreign key constraint"), so before such a drop the foreign key gets back an index of its own, named
 * as InnoDB names it (after the constraint). MariaDB 10.11 keeps the index it made even after another one can
 * serve the key (found by verifying a chain that indexes a foreign key's column and drops that index again), so
 * there the index is added only if it is missing; MySQL has no IF NOT EXISTS for indexes, and drops its own.
 */
final class ForeignKeyIndexes {

    private ForeignKeyIndexes() {
    }

    /**
     * Statements that give a foreign key of {@code after} its own index when the index being dropped (on
     * {@code droppedColumns}) was the one serving it and nothing left in {@code after} does.
     */
    static List<String> keepFor(DialectRenderer r, Table after, List<String> droppedColumns) {
        List<String> out = new ArrayList<>();
        for (ForeignKey fk : after.foreignKeys()) {
            if (leads(droppedColumns, fk.columns()) && !served(after, fk.columns())) {
                String add = r.dialect() == Dialect.MARIADB ? " add index if not exists " : " add index ";
                out.add("alter table " + r.quote(after.name()) + add + r.quote(fk.nameOn(r.dialect())) + " ("
                        + String.join(", ", fk.columns().stream().map(r::quote).toList()) + ")");
            }
        }
        return out;
    }

    private static boolean served(Table t, List<String> columns) {
        if (t.primaryKey().map(pk -> leads(pk.columns(), columns)).orElse(false)) {
            return true;
        }
        for (UniqueConstraint u : t.uniques()) {
            if (leads(u.columns(), columns)) {
                return true;
            }
        }
        for (Index i : t.indexes()) {
            if (leads(i.columns(), columns)) {
                return true;
            }
        }
        // the index InnoDB made for a key it named (server_named) serves it until another index replaces it
        return t.foreignKeys().stream().anyMatch(f -> f.serverIndex().isPresent() && leads(f.columns(), columns));
    }

    /** Whether {@code key} starts with {@code columns} (in any order within that prefix, as InnoDB accepts). */
    private static boolean leads(List<String> key, List<String> columns) {
        return key.size() >= columns.size()
                && new java.util.HashSet<>(key.subList(0, columns.size())).equals(new java.util.HashSet<>(columns));
    }
}
