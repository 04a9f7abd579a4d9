package org.sqlbundle.compiler.internal.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.errors.SourcePos;

/** Creates a table with its columns, keys and constraints; indexes come with create_index. */
public record CreateTable(SourcePos pos, Table table) implements Op {

    @Override
    public String opName() {
        return "create_table";
    }

    @Override
    public Schema apply(Schema before) {
        ModelCheck.tableAbsent(before, table.name(), pos, opName());
        if (table.columns().isEmpty()) {
            throw ModelCheck.fail(pos, "E106", "create_table " + table.name() + ": a table needs at least one column",
                    null);
        }
        Set<String> seen = new HashSet<>();
        for (Column c : table.columns()) {
            if (!seen.add(c.name())) {
                throw ModelCheck.fail(pos, "E103", "create_table " + table.name() + ": column '" + c.name()
                        + "' is defined twice", null);
            }
            Columns.validate(before, table.name(), c, pos, opName());
        }
        table.primaryKey().ifPresent(pk -> ModelCheck.columns(table, pk.columns(), pos, opName() + " primary key"));
        // autoincrement is for the table's single-column primary key (docs/revision-format.md); elsewhere
        // drop_column's derived add_column could not put it back
        List<String> key = table.primaryKey().map(PrimaryKey::columns).orElse(List.of());
        for (Column c : table.columns()) {
            if (c.autoincrement() && !key.equals(List.of(c.name()))) {
                throw ModelCheck.fail(pos, "E108", "create_table " + table.name() + "." + c.name()
                        + ": autoincrement is only for a single-column primary key", null);
            }
        }
        Set<String> names = new HashSet<>();
        table.primaryKey().filter(pk -> !pk.name().isEmpty()).ifPresent(pk -> names.add(pk.name()));
        for (UniqueConstraint u : table.uniques()) {
            ModelCheck.columns(table, u.columns(), pos, opName() + " unique " + u.name());
            uniqueName(names, u.name());
        }
        for (CheckConstraint c : table.checks()) {
            uniqueName(names, c.name());
        }
        Schema withSelf = before.withTable(table);
        for (ForeignKey fk : table.foreignKeys()) {
            uniqueName(names, fk.name());
            ForeignKeys.validate(withSelf, table, fk, pos, opName());
        }
        return before.withTable(InnodbNames.created(table, pos, opName()));
    }

    private void uniqueName(Set<String> names, String name) {
        if (!names.add(name)) {
            throw ModelCheck.fail(pos, "E104", "create_table " + table.name() + ": two constraints are named '"
                    + name + "'", "constraint names must be unique per table");
        }
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropTable(pos, table.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "create_table " + table.name();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.createTable(this, context);
    }
}
