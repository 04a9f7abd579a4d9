package org.sqlbundle.compiler.internal.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/** Inserts rows; its derived reverse deletes them by primary key, so every row must give the key. */
public record Insert(SourcePos pos, String table, List<Map<String, Literal>> rows) implements Op {

    public Insert {
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
    }

    @Override
    public String opName() {
        return "insert";
    }

    @Override
    public Schema apply(Schema before) {
        Table t = ModelCheck.table(before, table, pos, opName());
        if (rows.isEmpty()) {
            throw ModelCheck.fail(pos, "E127", "insert into " + table + ": no rows", null);
        }
        for (Map<String, Literal> row : rows) {
            ModelCheck.columns(t, List.copyOf(row.keySet()), pos, "insert into " + table);
            for (Column c : t.columns()) {
                Literal v = row.get(c.name());
                boolean missing = v == null || v.isNull();
                if (missing && c.requiresValue()) {
                    throw ModelCheck.fail(pos, "E127", "insert into " + table + ": row " + row
                            + " gives no value for NOT NULL column " + c.name(), null);
                }
                if (v != null && c.type().isEnum() && !v.isNull()
                        && !before.enumType(c.type().enumName()).orElseThrow().labels().contains(v.text())) {
                    throw ModelCheck.fail(pos, "E127", "insert into " + table + ": '" + v.text()
                            + "' is not a value of enum " + c.type().enumName(), null);
                }
            }
        }
        return before;
    }

    @Override
    public Reversal reverse(Schema before) {
        Table t = before.table(table).orElseThrow();
        if (t.primaryKey().isEmpty()) {
            return Reversal.irreversible("insert into " + table + ": the table has no primary key to delete the rows by");
        }
        List<String> key = t.primaryKey().get().columns();
        List<Map<String, Literal>> keys = new ArrayList<>();
        for (Map<String, Literal> row : rows) {
            if (!row.keySet().containsAll(key)) {
                return Reversal.irreversible("insert into " + table + ": a row does not give the primary key "
                        + key + ", so the rows can't be deleted by key");
            }
            Map<String, Literal> k = new LinkedHashMap<>();
            key.forEach(c -> k.put(c, row.get(c)));
            keys.add(k);
        }
        return Reversal.of(new Delete(pos, table, keys));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "insert into " + table + " (" + rows.size() + (rows.size() == 1 ? " row)" : " rows)");
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.insert(this, context);
    }
}
