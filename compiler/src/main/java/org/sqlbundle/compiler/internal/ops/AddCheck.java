package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

public record AddCheck(SourcePos pos, String table, CheckConstraint check) implements Op {

    @Override
    public String opName() {
        return "add_check";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        ModelCheck.constraintNameFree(t, check.name(), pos, opName());
        return before.withTable(t.withChecks(Table.plus(t.checks(), check)));
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropConstraint(pos, table, check.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "add_check " + table + "." + check.name();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.addCheck(this, context);
    }
}
