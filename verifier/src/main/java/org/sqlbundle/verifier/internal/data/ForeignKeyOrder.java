package org.sqlbundle.verifier.internal.data;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * Tables parents first, names breaking ties so the order is stable. Self-references don't order; in a
 * cycle the first table by name goes first and its foreign keys into the cycle get NULL (or it is skipped).
 */
final class ForeignKeyOrder {

    private ForeignKeyOrder() {
    }

    static List<Table> of(Schema schema) {
        return of(schema, schema.tables().keySet());
    }

    /** The tables {@code names} of {@code schema}, which must hold the parents of each, in that order. */
    static List<Table> of(Schema schema, Set<String> names) {
        Set<String> placed = new LinkedHashSet<>();
        Set<String> remaining = new TreeSet<>(names);
        List<Table> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(name -> parentsPlaced(schema.tables().get(name), placed, schema))
                    .findFirst().orElse(remaining.iterator().next());
            remaining.remove(next);
            placed.add(next);
            out.add(schema.tables().get(next));
        }
        return out;
    }

    private static boolean parentsPlaced(Table t, Set<String> placed, Schema schema) {
        for (ForeignKey fk : t.foreignKeys()) {
            boolean self = fk.refTable().equals(t.name());
            if (!self && !placed.contains(fk.refTable()) && schema.tables().containsKey(fk.refTable())) {
                return false;
            }
        }
        return true;
    }

    /** {@code tables} (those in {@code schema}) and every table they reference, transitively. */
    static Set<String> withParents(Schema schema, Set<String> tables) {
        Set<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(tables);
        while (!todo.isEmpty()) {
            Table t = schema.tables().get(todo.pop());
            if (t != null && out.add(t.name())) {
                t.foreignKeys().forEach(fk -> todo.push(fk.refTable()));
            }
        }
        return out;
    }
}
