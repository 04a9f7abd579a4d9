package org.sqlbundle.catalog.expect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.catalog.snapshot.IndexSnapshot;
import org.sqlbundle.catalog.snapshot.UniqueSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.compiler.internal.ops.TableOptionRules;

/**
 * MySQL and MariaDB as information_schema shows them: COLUMN_TYPE spellings with enum labels inline, the
 * primary key always PRIMARY (no name), unique indexes listed with the unique constraints (one thing in
 * InnoDB), NO ACTION reported as RESTRICT (InnoDB treats the two alike and prints RESTRICT), and the index InnoDB
 * made for a key it named ({@code server_named}), under the key's first column's name.
 * Type spellings come from the compiler's type table, whose catalog column is written apart from its DDL column:
 * a server that stores another type than the DDL asked for still shows up as a difference.
 */
final class MysqlProjection extends ModelProjection {

    private final Dialect dialect;

    MysqlProjection(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    Dialect dialect() {
        return dialect;
    }

    @Override
    Optional<String> defaultText(Column column) {
        if (column.autoincrement()) {
            return Optional.of("auto_increment");
        }
        return column.defaultValue().map(d -> literal(d, column.type()));
    }

    /** Defaults are stored converted to the column's type: booleans as 1/0, decimals at the column's scale. */
    private static String literal(Literal l, PortableType type) {
        return switch (l.kind()) {
            case STRING -> quoted(l.text().replace("\\", "\\\\"));
            case NUMBER -> type.kind() == PortableType.Kind.DECIMAL
                    ? new BigDecimal(l.text()).setScale(type.scale()).toPlainString() : l.text();
            case BOOLEAN -> Boolean.parseBoolean(l.text()) ? "1" : "0";
            case NULL -> "null";
            case CURRENT_TIMESTAMP -> "current_timestamp()";
        };
    }

    @Override
    Optional<String> primaryKeyName(Table table) {
        return Optional.empty();
    }

    @Override
    String action(ForeignKey.Action action) {
        return action == ForeignKey.Action.NO_ACTION ? ForeignKey.Action.RESTRICT.sql : action.sql;
    }

    @Override
    List<UniqueSnapshot> uniques(Table table) {
        List<UniqueSnapshot> out = new ArrayList<>(super.uniques(table));
        for (Index i : table.indexes()) {
            if (i.unique()) {
                out.add(new UniqueSnapshot(i.nameOn(dialect()), i.columns()));
            }
        }
        return out;
    }

    /** Engine, charset and collation where the model states them, spelled as {@code MysqlSnapshotReader} reads them. */
    @Override
    SortedMap<String, String> options(Table table) {
        SortedMap<String, String> out = new TreeMap<>();
        TableOptions o = table.options();
        o.engine().ifPresent(e -> out.put("engine", e.toLowerCase(Locale.ROOT)));
        o.charset().ifPresent(c -> out.put("charset", TableOptionRules.canonical(c)));
        o.collation().ifPresent(c -> out.put("collation", TableOptionRules.canonical(c)));
        return out;
    }

    /** Plain indexes, and the index InnoDB made for each key it named after its first column (server_named). */
    @Override
    List<IndexSnapshot> indexes(Table table) {
        List<IndexSnapshot> out = new ArrayList<>(super.indexes(table).stream().filter(i -> !i.unique()).toList());
        for (ForeignKey f : table.foreignKeys()) {
            f.serverIndex().ifPresent(n -> out.add(new IndexSnapshot(name(n), names(f.columns()), false)));
        }
        return out;
    }
}
