package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.errors.SourcePos;

public record AddUnique(SourcePos pos, String table, UniqueConstraint unique) implements Op {

    @Override
    public String opName() {
        return "add_unique";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        ModelCheck.constraintNameFree(t, unique.name(), pos, opName());
        ModelCheck.columns(t, unique.columns(), pos, opName() + " " + unique.name());
        return before.withTable(InnodbNames.indexAdded(t, unique.columns()).withUniques(Table.plus(t.uniques(), unique)));
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropConstraint(pos, table, unique.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "add_unique " + table + "." + unique.name() + " " + unique.columns();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.addUnique(this, context);
    }
}
