package org.sqlbundle.compiler.internal.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/**
 * Deletes rows matching each key map; the rows' other values are unknown, so it needs an explicit downgrade. Always
 * destructive; {@code declaredDestructive} is the author's reason, shown in its place.
 */
public record Delete(SourcePos pos, String table, List<Map<String, Literal>> keys, Optional<String> declaredDestructive)
        implements Op {

    public Delete {
        keys = keys.stream().map(r -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
    }

    public Delete(SourcePos pos, String table, List<Map<String, Literal>> keys) {
        this(pos, table, keys, Optional.empty());
    }

    @Override
    public String opName() {
        return "delete";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        if (keys.isEmpty()) {
            throw ModelCheck.fail(pos, "E128", "delete from " + table + ": no rows given in 'where'", null);
        }
        for (Map<String, Literal> key : keys) {
            ModelCheck.columns(t, List.copyOf(key.keySet()), pos, "delete from " + table);
        }
        return before;
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.irreversible("delete from " + table + ": the deleted rows' values are not known");
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.of(declaredDestructive.filter(why -> !why.isEmpty())
                .map(why -> "declared destructive: " + why + " (deletes rows from " + table + ")")
                .orElse("deletes rows from " + table));
    }

    @Override
    public String describe() {
        return "delete from " + table + " (" + keys.size() + (keys.size() == 1 ? " key)" : " keys)");
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.delete(this, context);
    }
}
