package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/**
 * Drops a named primary key, foreign key, unique or check constraint; the model knows which kind it is. An unnamed
 * primary key is dropped by the name a server gives it ({@code <table>_pkey} or {@code PRIMARY}, see PrimaryKeys).
 */
public record DropConstraint(SourcePos pos, String table, String name) implements Op {

    @Override
    public String opName() {
        return "drop_constraint";
    }

    /** "primary key", "foreign key", "unique constraint" or "check constraint", from the schema before the op. */
    public String kind(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        String kind = t.constraintKind(name).orElseThrow(() -> ModelCheck.fail(pos, "E119",
                "drop_constraint: table '" + table + "' has no constraint named '" + name + "'",
                known(t)));
        return kind;
    }

    private static String known(Table t) {
        var names = new java.util.ArrayList<String>();
        t.foreignKeys().forEach(f -> names.add(f.name()));
        t.uniques().forEach(u -> names.add(u.name()));
        t.checks().forEach(c -> names.add(c.name()));
        t.primaryKey().ifPresent(pk -> names.add(pk.name().isEmpty() ? t.name() + PrimaryKeys.POSTGRESQL_SUFFIX
                + " (the primary key)" : pk.name()));
        return names.isEmpty() ? "the table has no named constraints" : "its constraints: " + String.join(", ", names);
    }

    @Override
    public Schema apply(Schema before) {
        String kind = kind(before);
        Table t = before.table(table).orElseThrow();
        Table changed = t.withoutConstraint(name);
        if (kind.equals("primary key")) {
            t.primaryKey().orElseThrow().columns().stream().map(c -> t.column(c).orElseThrow())
                    .filter(c -> c.autoincrement()).findFirst().ifPresent(c -> {
                        throw ModelCheck.fail(pos, "E132", "drop_constraint " + table + "." + name + ": column "
                                + c.name() + " is autoincrement, which needs the primary key on MySQL, MariaDB and "
                                + "SQLite", "make the column a plain integer first (alter_column can't: recreate "
                                + "the table), or keep the key");
                    });
        }
        if (kind.equals("unique constraint") || kind.equals("primary key")) {
            // refused only if no other key (primary key, another unique, a unique index) still covers the fk
            ForeignKeys.orphaned(before, changed).ifPresent(fk -> {
                throw ModelCheck.fail(pos, "E120", "drop_constraint " + table + "." + name
                        + ": foreign key " + fk + " relies on it", "drop that foreign key first");
            });
        }
        return before.withTable(changed);
    }

    @Override
    public Reversal reverse(Schema before) {
        Table t = before.table(table).orElseThrow();
        var pk = PrimaryKeys.named(t, name);
        if (pk.isPresent()) {
            return Reversal.of(new CreatePrimaryKey(pos, table, pk.get()));
        }
        var fk = t.foreignKeys().stream().filter(f -> f.name().equals(name)).findFirst();
        if (fk.isPresent()) {
            return Reversal.of(new AddForeignKey(pos, table, fk.get()));
        }
        var uq = t.uniques().stream().filter(u -> u.name().equals(name)).findFirst();
        if (uq.isPresent()) {
            return Reversal.of(new AddUnique(pos, table, uq.get()));
        }
        var ck = t.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        return Reversal.of(new AddCheck(pos, table, ck));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "drop_constraint " + table + "." + name;
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.dropConstraint(this, context);
    }
}
