package org.sqlbundle.compiler.internal.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/** Drops a table; its derived reverse recreates it, its constraints and indexes from the model. */
public record DropTable(SourcePos pos, String name) implements Op {

    @Override
    public String opName() {
        return "drop_table";
    }

    @Override
    public Schema apply(Schema before) {
        ModelCheck.table(before, name, pos, opName());
        ForeignKeys.referencing(before, name).ifPresent(ref -> {
            throw ModelCheck.fail(pos, "E113", "drop_table " + name + ": foreign key " + ref + " still references it",
                    "drop that foreign key (drop_constraint) or its table first");
        });
        return before.withoutTable(name);
    }

    @Override
    public Reversal reverse(Schema before) {
        Table table = before.table(name).orElseThrow();
        Table bare = table.withIndexes(List.of());
        // create_table has no indexes, so a foreign key to this table's own unique index is added after them
        List<ForeignKey> later = table.foreignKeys().stream()
                .filter(fk -> fk.refTable().equals(name) && !ForeignKeys.keyed(bare, fk.refColumns())).toList();
        List<Op> ops = new ArrayList<>();
        ops.add(new CreateTable(pos, bare.withForeignKeys(table.foreignKeys().stream()
                .filter(fk -> !later.contains(fk)).toList())));
        for (Index index : table.indexes()) {
            ops.add(new CreateIndex(pos, index));
        }
        for (ForeignKey fk : later) {
            ops.add(new AddForeignKey(pos, name, fk));
        }
        return Reversal.of(ops);
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.of("drops table " + name + " and all its rows");
    }

    @Override
    public String describe() {
        return "drop_table " + name;
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.dropTable(this, context);
    }
}
