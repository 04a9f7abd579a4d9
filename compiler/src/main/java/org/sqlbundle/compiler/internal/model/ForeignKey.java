package org.sqlbundle.compiler.internal.model;

import java.util.List;
import java.util.Locale;

/** A named foreign key. Actions are the SQL words in lower case: cascade, set null, restrict, no action, set default. */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         Action onDelete, Action onUpdate,
                         java.util.Map<org.sqlbundle.compiler.Dialect, String> dialectNames) {

    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        dialectNames = DialectNames.copy(dialectNames);
    }

    public ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns, Action onDelete,
                      Action onUpdate) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, java.util.Map.of());
    }


    /** The name SQL for {@code dialect} uses and its catalog shows ({@code dialect_names:}, else {@link #name}). */
    public String nameOn(org.sqlbundle.compiler.Dialect dialect) {
        return DialectNames.on(dialectNames, name, dialect);
    }

    public enum Action {
        NO_ACTION("no action"), RESTRICT("restrict"), CASCADE("cascade"), SET_NULL("set null"),
        SET_DEFAULT("set default");

        public final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public static Action parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
            for (Action a : values()) {
                if (a.sql.equals(t)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not a foreign key action "
                    + "(cascade, set null, set default, restrict, no action)");
        }
    }

    public ForeignKey withRefTable(String table) {
        return new ForeignKey(name, columns, table, refColumns, onDelete, onUpdate, dialectNames);
    }
}
