package org.sqlbundle.compiler.internal.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.errors.SourcePos;

/**
 * Changes a table's MySQL/MariaDB options. A new charset or collation converts the table (CONVERT TO CHARACTER SET):
 * the table's default and every text column's, as a table created with those options would have them; a charset
 * without a collation takes the charset's default collation, which the model leaves unstated. The derived undo
 * restores the options the model knew before; an option the chain never stated can't be restored (E140: write the
 * downgrade).
 */
public record AlterTableOptions(SourcePos pos, String table, TableOptions change) implements Op {

    @Override
    public String opName() {
        return "alter_table_options";
    }

    /** The table's options once this op ran. */
    public TableOptions after(TableOptions before) {
        TableOptions out = new TableOptions(change.engine().or(before::engine), before.charset(), before.collation());
        if (change.charset().isPresent() || change.collation().isPresent()) {
            out = new TableOptions(out.engine(), charset(), change.collation());
        }
        return out;
    }

    /** The charset this op converts to: the one given, else the collation's. */
    public Optional<String> charset() {
        return change.charset().or(() -> change.collation().map(TableOptionRules::charsetOf));
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        if (change.isEmpty()) {
            throw ModelCheck.fail(pos, "E164", opName() + " " + table + ": no option given",
                    "give at least one of engine, charset, collation");
        }
        TableOptions after = after(t.options());
        if (after.equals(t.options())) {
            throw ModelCheck.fail(pos, "E164", opName() + " " + table + ": the table already has "
                    + after.describe(), "remove this op, or give the options it should change to");
        }
        Table changed = t.withOptions(after);
        if (change.engine().isPresent()) {
            for (ForeignKey fk : t.foreignKeys()) {
                TableOptionRules.requireForeignKeyEngine(changed, fk.refTable(), before, pos, opName() + " " + table);
            }
            for (Table referrer : before.tablesReferencing(table)) {
                TableOptionRules.requireForeignKeyEngine(changed, referrer.name(), before, pos,
                        opName() + " " + table + " (referenced by " + referrer.name() + ")");
            }
        }
        return before.withTable(changed);
    }

    @Override
    public Reversal reverse(Schema before) {
        TableOptions was = before.table(table).map(Table::options).orElse(TableOptions.NONE);
        TableOptions now = after(was);
        List<String> unknown = new ArrayList<>();
        Optional<String> engine = Optional.empty();
        if (!now.engine().equals(was.engine())) {
            engine = was.engine();
            if (engine.isEmpty()) {
                unknown.add("engine");
            }
        }
        Optional<String> charset = Optional.empty();
        Optional<String> collation = Optional.empty();
        if (!now.charset().equals(was.charset()) || !now.collation().equals(was.collation())) {
            charset = was.charset();
            collation = was.collation();
            if (charset.isEmpty()) {
                unknown.add("charset");
            }
        }
        if (!unknown.isEmpty()) {
            return Reversal.irreversible(opName() + " " + table + ": the table's previous " + String.join(" and ",
                    unknown) + (unknown.size() == 1 ? " is" : " are") + " not known to the chain (never stated in "
                    + "table_options)");
        }
        return Reversal.of(new AlterTableOptions(pos, table, new TableOptions(engine, charset, collation)));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return opName() + " " + table + " " + change.describe();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.alterTableOptions(this, context);
    }
}
