package org.sqlbundle.verifier.internal.data;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * The values of one generated row: per-type values from {@link ValueGenerator}, NULL in every other row
 * where allowed, CHECK literals on retries, and foreign keys pointing at rows seeded in the parent.
 */
final class RowBuilder {

    /** Thrown when a table can't be seeded at all (e.g. a NOT NULL foreign key into a table without rows). */
    static final class Unseedable extends Exception {
        Unseedable(String reason) {
            super(reason);
        }
    }

    private RowBuilder() {
    }

    /** Row number {@code n}, the {@code rowIndex}-th of this table in this seed; {@code attempt} 0 is the plain row. */
    static Map<String, SeededValue> row(Schema schema, Table t, RowPlan plan, long n, int rowIndex,
                                         Map<String, SeededTable> parents, CheckHints hints, int attempt,
                                         ColumnCounters counters, Set<String> wide, LaterShape later)
            throws Unseedable {
        Map<String, SeededValue> row = new LinkedHashMap<>();
        for (Column col : t.columns()) {
            boolean nullHere = col.nullable() && !plan.mustHaveValue(col.name()) && n % 2 == 1
                    && !wide.contains(col.name());
            List<String> labels = col.type().isEnum()
                    ? schema.enumType(col.type().enumName()).orElseThrow().labels() : List.of();
            SeededValue v = nullHere ? SeededValue.NULL
                    : ValueGenerator.value(col.type(), col.name(), n, counters.next(col.name()),
                            plan.keyLike().contains(col.name()), labels, wide.contains(col.name()));
            if (attempt > 0 && hints.mentions(col.name()) && !plan.mustHaveValue(col.name())) {
                v = hinted(col, hints, attempt, v);
            }
            if (later.referencing().contains(col.name())) {
                // a foreign key the next shape adds into a table it creates: no parent row exists yet, NULL fits any key
                if (!col.nullable()) {
                    throw new Unseedable("the next revision adds a foreign key on NOT NULL column " + col.name()
                            + " into a table it creates, so no parent row exists before it");
                }
                v = SeededValue.NULL;
            }
            row.put(col.name(), v);
        }
        for (ForeignKey fk : t.foreignKeys()) {
            fillForeignKey(t, fk, row, n, rowIndex, parents);
        }
        return row;
    }

    /** Attempts 1-3 use the check's literals; attempt 4 leaves checked nullable columns NULL. */
    private static SeededValue hinted(Column col, CheckHints hints, int attempt, SeededValue generated) {
        if (attempt == 4) {
            return col.nullable() ? SeededValue.NULL : generated;
        }
        PortableType.Kind k = col.type().kind();
        boolean numeric = col.type().isInteger() || k == PortableType.Kind.DECIMAL
                || k == PortableType.Kind.FLOAT || k == PortableType.Kind.DOUBLE;
        List<String> options = numeric ? hints.numbers(col.name()) : hints.strings(col.name());
        if (options.isEmpty() || !numeric && k != PortableType.Kind.STRING && k != PortableType.Kind.TEXT
                && k != PortableType.Kind.ENUM) {
            return generated;
        }
        String pick = options.get((attempt - 1) % options.size());
        if (numeric) {
            BigDecimal v = new BigDecimal(pick);
            return new SeededValue(v, ValueText.number(v));
        }
        return new SeededValue(pick, pick);
    }

    private static void fillForeignKey(Table t, ForeignKey fk, Map<String, SeededValue> row, long n, int rowIndex,
                                       Map<String, SeededTable> parents) throws Unseedable {
        boolean nullable = fk.columns().stream().allMatch(c -> t.column(c).orElseThrow().nullable());
        boolean self = fk.refTable().equals(t.name());
        SeededTable parent = parents.get(fk.refTable());
        boolean parentHasRows = parent != null && !parent.rows().isEmpty();
        if (nullable && (self || !parentHasRows || n % 2 == 1)) {
            fk.columns().forEach(c -> row.put(c, SeededValue.NULL));
            return;
        }
        if (self) {
            // a NOT NULL self-reference points at the row itself
            for (int i = 0; i < fk.columns().size(); i++) {
                row.put(fk.columns().get(i), row.get(fk.refColumns().get(i)));
            }
            return;
        }
        if (!parentHasRows) {
            throw new Unseedable("NOT NULL foreign key " + fk.name() + " needs rows in " + fk.refTable()
                    + ", which has no seeded rows");
        }
        Map<String, SeededValue> parentRow = parent.rows().get(rowIndex % parent.rows().size());
        for (int i = 0; i < fk.columns().size(); i++) {
            row.put(fk.columns().get(i), parentRow.get(fk.refColumns().get(i)));
        }
    }
}
