package org.sqlbundle.compiler.internal.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.errors.SourcePos;

/**
 * Changes a column's type, nullability, default or name. Only the given parts change; the model supplies
 * the rest, so MySQL's restate-the-whole-column syntax never loses a default or NOT NULL.
 * {@code defaultValue}: empty = unchanged; {@code Optional.of(Literal.NULL)} = drop the default.
 * {@code declaredReason}: the author's words when {@code destructive:} gives a reason rather than {@code true}.
 */
public record AlterColumn(SourcePos pos, String table, String name, Optional<PortableType> type,
                          Optional<Boolean> nullable, Optional<Literal> defaultValue, Optional<String> renameTo,
                          boolean declaredDestructive, Optional<String> declaredReason) implements Op {

    public AlterColumn(SourcePos pos, String table, String name, Optional<PortableType> type,
                       Optional<Boolean> nullable, Optional<Literal> defaultValue, Optional<String> renameTo,
                       boolean declaredDestructive) {
        this(pos, table, name, type, nullable, defaultValue, renameTo, declaredDestructive, Optional.empty());
    }

    @Override
    public String opName() {
        return "alter_column";
    }

    public Column before(Schema schema) {
        return schema.table(table).orElseThrow().column(name).orElseThrow();
    }

    /** The column as it reads after this op. */
    public Column after(Column old) {
        Column c = old;
        if (type.isPresent()) {
            c = c.withType(type.get());
        }
        if (nullable.isPresent()) {
            c = c.withNullable(nullable.get());
        }
        if (defaultValue.isPresent()) {
            c = c.withDefault(defaultValue.get().isNull() ? Optional.empty() : defaultValue);
        }
        if (renameTo.isPresent()) {
            c = c.withName(renameTo.get());
        }
        return c;
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        ModelCheck.columns(t, List.of(name), pos, opName());
        if (type.isEmpty() && nullable.isEmpty() && defaultValue.isEmpty() && renameTo.isEmpty()) {
            throw ModelCheck.fail(pos, "E116", "alter_column " + table + "." + name + ": nothing to change",
                    "give at least one of type, nullable, default, rename_to");
        }
        Column old = t.column(name).orElseThrow();
        Column changed = after(old);
        if (changed.equals(old)) {
            throw ModelCheck.fail(pos, "E116", "alter_column " + table + "." + name
                    + ": the column already reads like that", "remove the op, or change something");
        }
        if (renameTo.isPresent() && t.hasColumn(renameTo.get())) {
            throw ModelCheck.fail(pos, "E114", "alter_column " + table + "." + name + ": cannot rename to '"
                    + renameTo.get() + "', that column exists", null);
        }
        if (type.isPresent() && isKeyColumn(before, t)) {
            throw ModelCheck.fail(pos, "E117", "alter_column " + table + "." + name
                    + ": cannot change the type of a key or foreign-key column", "drop the foreign keys first");
        }
        if (nullable.orElse(false) && t.primaryKey().map(pk -> pk.columns().contains(name)).orElse(false)) {
            throw ModelCheck.fail(pos, "E117", "alter_column " + table + "." + name
                    + ": a primary-key column can't be nullable", null);
        }
        Columns.validate(before, table, changed, pos, opName());
        Table altered = t.mapColumn(name, c -> changed);
        Schema after = before;
        if (renameTo.isPresent()) {
            altered = renameReferences(altered, renameTo.get());
            for (Table other : before.tablesReferencing(table)) {
                if (!other.name().equals(table) && other.foreignKeys().stream().anyMatch(this::pointsHere)) {
                    after = after.withTable(other.withForeignKeys(renameRefColumns(other.foreignKeys(), renameTo.get())));
                }
            }
        }
        after = after.withTable(altered);
        // the table's own foreign keys on this column must still hold (e.g. 'set null' needs a nullable column)
        for (ForeignKey fk : altered.foreignKeys()) {
            if (fk.columns().contains(changed.name())) {
                ForeignKeys.validate(after, altered, fk, pos, opName());
            }
        }
        return after;
    }

    private boolean isKeyColumn(Schema schema, Table t) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().contains(name)) {
                return true;
            }
        }
        for (Table other : schema.tablesReferencing(table)) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (pointsHere(fk)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean pointsHere(ForeignKey fk) {
        return fk.refTable().equals(table) && fk.refColumns().contains(name);
    }

    /** Keys, constraints and indexes of the table follow a renamed column, as they do in every database. */
    private Table renameReferences(Table t, String to) {
        Table r = t.withPrimaryKey(t.primaryKey().map(pk -> new PrimaryKey(pk.name(), rename(pk.columns(), to), pk.dialectNames())));
        r = r.withUniques(r.uniques().stream().map(u -> new UniqueConstraint(u.name(), rename(u.columns(), to), u.dialectNames()))
                .toList());
        r = r.withIndexes(r.indexes().stream()
                .map(i -> new Index(i.name(), i.table(), rename(i.columns(), to), i.unique(), i.dialectNames())).toList());
        r = r.withChecks(r.checks().stream()
                // the new name lands unquoted in the expression text: it must still be one boolean expression
                .map(c -> new CheckConstraint(c.name(), CheckExpressions.require(
                        Expressions.renameIdentifier(c.expression(), name, to), pos,
                        "alter_column " + table + "." + name + " renamed to '" + to + "' inside check " + c.name()),
                        c.dialectNames()))
                .toList());
        r = r.withForeignKeys(r.foreignKeys().stream()
                .map(f -> f.withColumns(rename(f.columns(), to),
                        f.refTable().equals(table) ? rename(f.refColumns(), to) : f.refColumns())).toList());
        return r;
    }

    private List<ForeignKey> renameRefColumns(List<ForeignKey> fks, String to) {
        return fks.stream().map(f -> pointsHere(f) ? f.withColumns(f.columns(),
                rename(f.refColumns(), to)) : f).toList();
    }

    private List<String> rename(List<String> columns, String to) {
        List<String> out = new ArrayList<>(columns.size());
        for (String c : columns) {
            out.add(c.equals(name) ? to : c);
        }
        return out;
    }

    @Override
    public Reversal reverse(Schema before) {
        Column old = before(before);
        return Reversal.of(new AlterColumn(pos, table, renameTo.orElse(name),
                type.map(t -> old.type()),
                nullable.map(n -> old.nullable()),
                defaultValue.map(d -> old.defaultValue().orElse(Literal.NULL)),
                renameTo.map(r -> name),
                false));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        Column old = before(before);
        String why = declaredReason.map(r -> " (declared: " + r + ")").orElse("");
        if (type.isPresent() && old.type().narrowsTo(type.get())) {
            return Optional.of("changes " + table + "." + name + " from " + old.type() + " to " + type.get()
                    + ", which can truncate or reject existing values" + why);
        }
        if (declaredDestructive) {
            return Optional.of("declared destructive: changes " + table + "." + name + why);
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        type.ifPresent(t -> parts.add("type " + t));
        nullable.ifPresent(n -> parts.add(n ? "null" : "not null"));
        defaultValue.ifPresent(d -> parts.add(d.isNull() ? "drop default" : "default " + d));
        renameTo.ifPresent(r -> parts.add("rename to " + r));
        return "alter_column " + table + "." + name + " " + String.join(", ", parts);
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.alterColumn(this, context);
    }
}
