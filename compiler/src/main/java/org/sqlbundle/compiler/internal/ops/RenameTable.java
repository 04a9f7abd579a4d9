package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/** Renames a table; foreign keys that point at it follow, as every database does. */
public record RenameTable(SourcePos pos, String name, String to) implements Op {

    @Override
    public String opName() {
        return "rename_table";
    }

    @Override
    public Schema apply(Schema before) {
        Table table = ModelCheck.table(before, name, pos, opName());
        ModelCheck.tableAbsent(before, to, pos, opName());
        Schema after = before.withoutTable(name).withTable(InnodbNames.renamed(retarget(table.withName(to)), name));
        for (Table referrer : before.tablesReferencing(name)) {
            if (!referrer.name().equals(name)) {
                after = after.withTable(retarget(after.table(referrer.name()).orElseThrow()));
            }
        }
        return after;
    }

    private Table retarget(Table t) {
        return t.withForeignKeys(t.foreignKeys().stream()
                .map(fk -> fk.refTable().equals(name) ? fk.withRefTable(to) : fk).toList());
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new RenameTable(pos, to, name));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "rename_table " + name + " -> " + to;
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.renameTable(this, context);
    }
}
