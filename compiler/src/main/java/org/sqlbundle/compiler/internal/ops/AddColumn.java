package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

public record AddColumn(SourcePos pos, String table, Column column) implements Op {

    @Override
    public String opName() {
        return "add_column";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        if (t.hasColumn(column.name())) {
            throw ModelCheck.fail(pos, "E114", "add_column: column '" + table + "." + column.name()
                    + "' already exists", null);
        }
        Columns.validate(before, table, column, pos, opName());
        if (column.autoincrement()) {
            throw ModelCheck.fail(pos, "E108", "add_column " + table + "." + column.name()
                    + ": autoincrement columns can only be declared in create_table", null);
        }
        return before.withTable(t.withColumns(Table.plus(t.columns(), column)));
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropColumn(pos, table, column.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "add_column " + table + "." + column.name() + " " + column.type();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.addColumn(this, context);
    }
}
