package org.sqlbundle.compiler.internal.ops;

import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/**
 * Gives a table without one a primary key. Changing a key is drop_constraint of the old one, then this, in one
 * revision. The key's name may be empty only when derived (the undo of dropping an unnamed key).
 */
public record CreatePrimaryKey(SourcePos pos, String table, PrimaryKey primaryKey) implements Op {

    @Override
    public String opName() {
        return "create_primary_key";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        t.primaryKey().ifPresent(pk -> {
            throw ModelCheck.fail(pos, "E130", opName() + ": table '" + table + "' already has a primary key"
                    + (pk.name().isEmpty() ? "" : " ('" + pk.name() + "'") + (pk.name().isEmpty() ? "" : ")")
                    + " on " + pk.columns(), "drop it first in the same revision: - drop_constraint: {table: "
                    + table + ", name: " + PrimaryKeys.dropName(t) + "}");
        });
        if (!primaryKey.name().isEmpty()) {
            ModelCheck.constraintNameFree(t, primaryKey.name(), pos, opName());
        }
        ModelCheck.columns(t, primaryKey.columns(), pos, opName() + " " + primaryKey.name());
        List<String> nullable = primaryKey.columns().stream()
                .filter(c -> t.column(c).map(Column::nullable).orElse(false)).toList();
        if (!nullable.isEmpty()) {
            String first = nullable.get(0);
            throw ModelCheck.fail(pos, "E131", opName() + ": column '" + table + "." + first + "' is nullable, and "
                    + "a primary-key column can't be", "make it NOT NULL first, in this revision or an earlier one: "
                    + "- alter_column: {table: " + table + ", name: " + first + ", nullable: false}");
        }
        return before.withTable(InnodbNames.indexAdded(t, primaryKey.columns()).withPrimaryKey(Optional.of(primaryKey)));
    }

    @Override
    public Reversal reverse(Schema before) {
        String name = primaryKey.name().isEmpty() ? table + PrimaryKeys.POSTGRESQL_SUFFIX : primaryKey.name();
        return Reversal.of(new DropConstraint(pos, table, name));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "create_primary_key " + table + "." + primaryKey.name() + " " + primaryKey.columns();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.createPrimaryKey(this, context);
    }
}
