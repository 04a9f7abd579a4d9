package org.sqlbundle.compiler.internal.ops;

import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/** The model's lookups that fail with a positioned compile error (codes E1xx) instead of returning empty. */
final class ModelCheck {

    private ModelCheck() {
    }

    // the checks every op runs use plain ifs and loops: a capturing lambda costs an allocation through a method
    // handle until the JIT has compiled its caller, and these run thousands of times before it has
    static Table table(Schema schema, String name, SourcePos pos, String opName) {
        Optional<Table> table = schema.table(name);
        if (table.isEmpty()) {
            throw fail(pos, "E101", opName + ": table '" + name + "' does not exist at this point of the chain",
                    hintFor(name, schema.tables().keySet()));
        }
        return table.get();
    }

    static void tableAbsent(Schema schema, String name, SourcePos pos, String opName) {
        if (schema.table(name).isPresent()) {
            throw fail(pos, "E102", opName + ": table '" + name + "' already exists", null);
        }
        if (schema.view(name).isPresent()) {
            throw fail(pos, "E102", opName + ": a view named '" + name + "' already exists", null);
        }
    }

    static void columns(Table table, List<String> columns, SourcePos pos, String opName) {
        if (columns.isEmpty()) {
            throw fail(pos, "E103", opName + ": no columns given", null);
        }
        for (String c : columns) {
            if (!table.hasColumn(c)) {
                throw fail(pos, "E103", opName + ": column '" + table.name() + "." + c + "' does not exist",
                        hintFor(c, table.columns().stream().map(col -> col.name()).toList()));
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.indexOf(columns.get(i)) != i) {
                throw fail(pos, "E103", opName + ": a column is listed twice in " + columns, null);
            }
        }
    }

    static void constraintNameFree(Table table, String name, SourcePos pos, String opName) {
        table.constraintKind(name).ifPresent(kind -> {
            throw fail(pos, "E104", opName + ": table '" + table.name() + "' already has a " + kind + " named '"
                    + name + "'", "constraint names must be unique per table; pick another name");
        });
    }

    static void indexNameFree(Schema schema, String name, SourcePos pos, String opName) {
        schema.index(name).ifPresent(existing -> {
            throw fail(pos, "E105", opName + ": an index named '" + name + "' already exists on table '"
                    + existing.table() + "'", "index names are unique across the schema; pick another name");
        });
    }

    static SqlbundleException fail(SourcePos pos, String code, String message, String hint) {
        return hint == null ? Fields.error(pos, code, message) : Fields.error(pos, code, message, hint);
    }

    private static String hintFor(String name, java.util.Collection<String> known) {
        return org.sqlbundle.compiler.internal.source.DidYouMean.closest(name, known)
                .map(k -> "did you mean '" + k + "'?").orElse(null);
    }
}
