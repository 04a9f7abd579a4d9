package org.sqlbundle.compiler.internal.model;

import java.util.List;
import java.util.Locale;

/**
 * A named foreign key. Actions are the SQL words in lower case: cascade, set null, restrict, no action, set default.
 * {@code serverNamed} are the dialects (MySQL, MariaDB) where the key is created without a name, so the server
 * names it ({@code server_named:}); {@code serverIndex} is the index InnoDB then made for it, named after its first
 * column, while the model knows it exists (predicted by {@code InnodbNames}; none once another index serves the key).
 */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         Action onDelete, Action onUpdate,
                         java.util.Map<org.sqlbundle.compiler.Dialect, String> dialectNames,
                         java.util.Set<org.sqlbundle.compiler.Dialect> serverNamed,
                         java.util.Optional<String> serverIndex) {

    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        dialectNames = DialectNames.copy(dialectNames);
        serverNamed = serverNamed.isEmpty() ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(serverNamed));
    }

    public ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns, Action onDelete,
                      Action onUpdate, java.util.Map<org.sqlbundle.compiler.Dialect, String> dialectNames) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, dialectNames, java.util.Set.of(),
                java.util.Optional.empty());
    }

    public ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns, Action onDelete,
                      Action onUpdate) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, java.util.Map.of());
    }

    /** Whether the server names this key on {@code dialect} (it is created there without a constraint name). */
    public boolean serverNamedOn(org.sqlbundle.compiler.Dialect dialect) {
        return serverNamed.contains(dialect);
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
        return new ForeignKey(name, columns, table, refColumns, onDelete, onUpdate, dialectNames, serverNamed,
                serverIndex);
    }

    public ForeignKey withColumns(List<String> newColumns, List<String> newRefColumns) {
        return new ForeignKey(name, newColumns, refTable, newRefColumns, onDelete, onUpdate, dialectNames,
                serverNamed, serverIndex);
    }

    /** The key with the names the server gives it: its constraint name per dialect, and its index, if any. */
    public ForeignKey withServerNames(java.util.Map<org.sqlbundle.compiler.Dialect, String> names,
                                      java.util.Optional<String> index) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, onUpdate, names, serverNamed, index);
    }
}
