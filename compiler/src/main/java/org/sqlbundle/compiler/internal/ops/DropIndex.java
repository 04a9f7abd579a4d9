package org.sqlbundle.compiler.internal.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/** Drops an index by name; the model knows its table, which MySQL's DROP INDEX needs. */
public record DropIndex(SourcePos pos, String name) implements Op {

    @Override
    public String opName() {
        return "drop_index";
    }

    public Index index(Schema before) {
        Optional<Index> index = before.index(name);
        if (index.isEmpty()) {
            throw ModelCheck.fail(pos, "E118", "drop_index: index '" + name + "' does not exist at this point of the chain",
                    null);
        }
        return index.get();
    }

    @Override
    public Schema apply(Schema before) {
        Index index = index(before);
        Table t = before.table(index.table()).orElseThrow();
        List<Index> left = new ArrayList<>(t.indexes().size());
        for (Index i : t.indexes()) {
            if (!i.name().equals(name)) {
                left.add(i);
            }
        }
        Table changed = t.withIndexes(left);
        // a unique index may be the key a foreign key references (ForeignKeys.keyed accepts it)
        ForeignKeys.orphaned(before, changed).ifPresent(fk -> {
            throw ModelCheck.fail(pos, "E120", "drop_index " + name + ": foreign key " + fk + " relies on it",
                    "drop that foreign key first");
        });
        return before.withTable(changed);
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new CreateIndex(pos, index(before)));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "drop_index " + name;
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.dropIndex(this, context);
    }
}
