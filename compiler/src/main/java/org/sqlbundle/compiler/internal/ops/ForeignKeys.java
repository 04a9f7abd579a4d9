package org.sqlbundle.compiler.internal.ops;

import java.util.HashSet;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/** Foreign-key rules shared by create_table and add_foreign_key. */
final class ForeignKeys {

    private ForeignKeys() {
    }

    static void validate(Schema schema, Table table, ForeignKey fk, SourcePos pos, String opName) {
        String where = opName + " " + table.name() + " foreign key " + fk.name();
        ModelCheck.columns(table, fk.columns(), pos, where);
        Table target = ModelCheck.table(schema, fk.refTable(), pos, where);
        ModelCheck.columns(target, fk.refColumns(), pos, where + " references");
        TableOptionRules.requireForeignKeyEngine(table, fk.refTable(), schema, pos, where);
        if (fk.columns().size() != fk.refColumns().size()) {
            throw ModelCheck.fail(pos, "E110", where + ": " + fk.columns().size() + " columns reference "
                    + fk.refColumns().size() + " columns", "list as many referenced columns as columns");
        }
        if (!keyed(target, fk.refColumns())) {
            throw ModelCheck.fail(pos, "E111", where + ": referenced columns " + fk.refTable() + fk.refColumns()
                    + " are not the primary key or a unique key of " + fk.refTable(),
                    "reference the primary key, or add a unique constraint on those columns first");
        }
        for (int i = 0; i < fk.columns().size(); i++) {
            Column from = table.column(fk.columns().get(i)).orElseThrow();
            Column to = target.column(fk.refColumns().get(i)).orElseThrow();
            if (!from.type().equals(to.type())) {
                throw ModelCheck.fail(pos, "E112", where + ": column " + from.name() + " is " + from.type()
                        + " but references " + fk.refTable() + "." + to.name() + " of type " + to.type(),
                        "use the same type on both sides");
            }
            if ((fk.onDelete() == ForeignKey.Action.SET_NULL || fk.onUpdate() == ForeignKey.Action.SET_NULL)
                    && !from.nullable()) {
                throw ModelCheck.fail(pos, "E112", where + ": 'set null' on NOT NULL column " + from.name(), null);
            }
        }
    }

    /** Whether {@code columns} are, as a set, the primary key, a unique constraint or a unique index of {@code target}. */
    static boolean keyed(Table target, java.util.Collection<String> columns) {
        var refSet = new HashSet<>(columns);
        return target.primaryKey().map(pk -> new HashSet<>(pk.columns()).equals(refSet)).orElse(false)
                || target.uniques().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(refSet))
                || target.indexes().stream().anyMatch(i -> i.unique() && new HashSet<>(i.columns()).equals(refSet));
    }

    /**
     * A foreign key that points at {@code changed} (the table {@code table} after losing a key) and is no longer
     * keyed there, as "table.fk"; other tables are read from {@code schema}, the table itself from {@code changed}.
     */
    static java.util.Optional<String> orphaned(Schema schema, Table changed) {
        java.util.SortedMap<String, Table> candidates = new java.util.TreeMap<>();
        for (Table t : schema.tablesReferencing(changed.name())) {
            candidates.put(t.name(), t);
        }
        candidates.put(changed.name(), changed);
        for (Table owner : candidates.values()) {
            for (ForeignKey fk : owner.foreignKeys()) {
                if (fk.refTable().equals(changed.name()) && !keyed(changed, fk.refColumns())) {
                    return java.util.Optional.of(owner.name() + "." + fk.name());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The first foreign key elsewhere in the schema that points at {@code table}, as "table.fk". */
    static java.util.Optional<String> referencing(Schema schema, String table) {
        for (Table t : schema.tablesReferencing(table)) {
            if (t.name().equals(table)) {
                continue;
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.refTable().equals(table)) {
                    return java.util.Optional.of(t.name() + "." + fk.name());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
