package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;

/**
 * For random valid histories: every op followed by its derived reverse gives back the schema before it,
 * and so does undoing the whole history newest first. Columns, constraints and indexes are compared by
 * name, not position: drop_column's reverse re-adds the column at the end, as the databases do.
 */
class ReverseRoundTripPropertiesTest {

    /** Fewest ops of each kind over all tries: a kind the generator stops producing must fail the property. */
    static final int MIN_PER_KIND = 100;

    @Property(tries = 1500)
    void everyOpIsUndoneByItsReverse(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int length) {
        RandomOps gen = new RandomOps(new Random(seed));
        Schema s = Schema.EMPTY;
        List<Op> history = new ArrayList<>();
        List<Schema> befores = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Optional<Op> next = gen.next(s);
            if (next.isEmpty()) {
                continue;
            }
            Op op = next.get();
            Statistics.label("op").collect(op.opName());
            Schema after = op.apply(s);
            Schema undone = undo(op, s, after, history);
            assertEquals(normalise(s), normalise(undone), () -> "undoing " + op.describe() + " after "
                    + describe(history));
            history.add(op);
            befores.add(s);
            s = after;
        }
        // the whole history, undone newest first, ends at the empty schema
        for (int i = history.size() - 1; i >= 0; i--) {
            s = undo(history.get(i), befores.get(i), s, history.subList(0, i));
        }
        assertEquals(normalise(Schema.EMPTY), normalise(s), () -> "undoing all of " + describe(history));
        // checked once, after the last try: RandomOps drops proposals the model refuses, which could silently
        // remove a whole kind (and with it every reverse of that kind) from the property
        Statistics.label("op").coverage(coverage -> {
            for (String kind : RandomOps.KINDS) {
                coverage.check(kind).count(n -> n >= MIN_PER_KIND);
            }
        });
    }

    private static Schema undo(Op op, Schema before, Schema after, List<Op> history) {
        Reversal reversal = op.reverse(before);
        assertTrue(reversal.isReversible(), () -> op.describe() + ": " + reversal.irreversibleReason());
        Schema s = after;
        for (Op u : reversal.ops()) {
            try {
                s = u.apply(s);
            } catch (RuntimeException e) {
                throw new AssertionError("the reverse of " + op.describe() + " (" + u.describe() + ") failed after "
                        + describe(history) + ": " + e.getMessage(), e);
            }
        }
        return s;
    }

    private static String describe(List<Op> ops) {
        return ops.stream().map(Op::describe).toList().toString();
    }

    /** The schema with every order that carries no meaning sorted away: columns, constraints, indexes by name. */
    record Normalised(Map<String, Table> tables, Map<String, EnumType> enums, Map<String, View> views) {
    }

    static Normalised normalise(Schema s) {
        Map<String, Table> tables = new TreeMap<>();
        for (Table t : s.tables().values()) {
            tables.put(t.name(), new Table(t.name(),
                    sorted(t.columns(), Column::name), t.primaryKey(),
                    sorted(t.foreignKeys(), ForeignKey::name),
                    sorted(t.uniques(), UniqueConstraint::name),
                    sorted(t.checks(), CheckConstraint::name),
                    sorted(t.indexes(), Index::name), t.comment()));
        }
        return new Normalised(tables, new TreeMap<>(s.enums()), new TreeMap<>(s.views()));
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
