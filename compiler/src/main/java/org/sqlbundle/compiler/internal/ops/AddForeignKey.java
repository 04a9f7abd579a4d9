package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

public record AddForeignKey(SourcePos pos, String table, ForeignKey foreignKey) implements Op {

    @Override
    public String opName() {
        return "add_foreign_key";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        ModelCheck.constraintNameFree(t, foreignKey.name(), pos, opName());
        Table changed = t.withForeignKeys(Table.plus(t.foreignKeys(), foreignKey));
        ForeignKeys.validate(before.withTable(changed), changed, foreignKey, pos, opName());
        return before.withTable(InnodbNames.added(t, foreignKey, pos, opName()));
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropConstraint(pos, table, foreignKey.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "add_foreign_key " + table + "." + foreignKey.name() + " -> " + foreignKey.refTable();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.addForeignKey(this, context);
    }
}
