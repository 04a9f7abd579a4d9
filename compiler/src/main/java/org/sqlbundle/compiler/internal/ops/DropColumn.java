package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.errors.SourcePos;

/**
 * Drops a column. A column still used by a key, constraint or index is refused: databases disagree on
 * whether such a drop cascades, so the author drops those first and the downgrade stays exact.
 */
public record DropColumn(SourcePos pos, String table, String name) implements Op {

    @Override
    public String opName() {
        return "drop_column";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        ModelCheck.columns(t, java.util.List.of(name), pos, opName());
        usedBy(before, t).ifPresent(user -> {
            throw ModelCheck.fail(pos, "E115", "drop_column " + table + "." + name + ": still used by " + user,
                    "drop that first (drop_index / drop_constraint), then the column");
        });
        if (t.columns().size() == 1) {
            throw ModelCheck.fail(pos, "E115", "drop_column " + table + "." + name + ": it is the table's only column",
                    "drop the table instead");
        }
        return before.withTable(t.withColumns(t.columns().stream().filter(c -> !c.name().equals(name)).toList()));
    }

    private Optional<String> usedBy(Schema schema, Table t) {
        if (t.primaryKey().map(pk -> pk.columns().contains(name)).orElse(false)) {
            return Optional.of("the primary key");
        }
        // loops, not streams: this runs for every drop_column of a long chain, before anything is JIT-compiled
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().contains(name)) {
                return Optional.of("foreign key " + fk.name());
            }
        }
        for (UniqueConstraint uq : t.uniques()) {
            if (uq.columns().contains(name)) {
                return Optional.of("unique constraint " + uq.name());
            }
        }
        for (Index ix : t.indexes()) {
            if (ix.columns().contains(name)) {
                return Optional.of("index " + ix.name());
            }
        }
        for (CheckConstraint ck : t.checks()) {
            if (Expressions.mentions(ck.expression(), name)) {
                return Optional.of("check constraint " + ck.name());
            }
        }
        for (Table other : schema.tablesReferencing(table)) {
            for (ForeignKey ref : other.foreignKeys()) {
                if (ref.refTable().equals(table) && ref.refColumns().contains(name)) {
                    return Optional.of("foreign key " + other.name() + "." + ref.name());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Reversal reverse(Schema before) {
        // add_column appends, so the column comes back last; snapshots compare columns by name, not position
        Column column = before.table(table).orElseThrow().column(name).orElseThrow();
        if (!column.requiresValue()) {
            return Reversal.of(new AddColumn(pos, table, column));
        }
        // NOT NULL without a default can't be added to a table with rows: add it with a placeholder default
        // that fills the existing rows, then drop that default so the column reads as it did
        Column refilled = column.withDefault(Optional.of(RefillValues.of(column, before)));
        return Reversal.of(new AddColumn(pos, table, refilled), new AlterColumn(pos, table, name, Optional.empty(),
                Optional.empty(), Optional.of(Literal.NULL), Optional.empty(), false));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.of("drops column " + table + "." + name + " and its data");
    }

    @Override
    public String describe() {
        return "drop_column " + table + "." + name;
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.dropColumn(this, context);
    }
}
