package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

public record CreateIndex(SourcePos pos, Index index) implements Op {

    @Override
    public String opName() {
        return "create_index";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, index.table(), pos, opName());
        ModelCheck.indexNameFree(before, index.name(), pos, opName());
        ModelCheck.columns(t, index.columns(), pos, opName() + " " + index.name());
        return before.withTable(InnodbNames.indexAdded(t, index.columns()).withIndexes(Table.plus(t.indexes(), index)));
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropIndex(pos, index.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "create_index " + index.name() + " on " + index.table() + index.columns()
                + (index.unique() ? " unique" : "");
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.createIndex(this, context);
    }
}
