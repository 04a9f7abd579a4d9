package org.sqlbundle.verifier.internal.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.compiler.internal.plan.PlannedOp;

/**
 * Every row the verifier seeded and may still find in the database, under the table and column names they have now:
 * seeded rows stay for the later steps, so a constraint a later revision adds must not fail on them ({@link Prune}).
 * Renames are followed step by step; a dropped table or locator column forgets its rows, a dropped column its values.
 */
final class OwnRows {

    /** The rows of one seeded table; {@code columns} maps each seeded column still there to its name now. */
    static final class Group {
        final SeededTable seeded;
        String table;
        final Map<String, String> columns = new HashMap<>();
        final List<Map<String, SeededValue>> rows;

        Group(SeededTable seeded) {
            this.seeded = seeded;
            this.table = seeded.name();
            seeded.table().columns().forEach(c -> columns.put(c.name(), c.name()));
            this.rows = new ArrayList<>(seeded.rows());
        }

        /** The seeded column now named {@code now}, if the verifier wrote it. */
        Optional<String> seededColumn(String now) {
            return columns.entrySet().stream().filter(e -> e.getValue().equals(now)).map(Map.Entry::getKey).findFirst();
        }

        List<String> locatorNow() {
            return seeded.locator().stream().map(columns::get).toList();
        }
    }

    /** The groups by their table's name now: a prune, and the end of a step, look up only the tables it changes. */
    private final Map<String, List<Group>> byTable = new HashMap<>();

    /** Rows a seed made. */
    void add(SeededRows rows) {
        rows.tables().stream().filter(t -> !t.rows().isEmpty()).forEach(t -> {
            Group g = new Group(t);
            byTable.computeIfAbsent(g.table, k -> new ArrayList<>()).add(g);
        });
    }

    /** The tables holding rows of earlier seeds, by their names now. */
    java.util.Set<String> tables() {
        return byTable.keySet();
    }

    List<Group> in(String table) {
        return byTable.getOrDefault(table, List.of()).stream().filter(g -> !g.rows.isEmpty()).toList();
    }

    /**
     * After a step from {@code before} to {@code after}: its upgrade's renames followed, what it dropped forgotten (the
     * walk ends each step upgraded). Only the tables the step changed are looked at (every table when the model's
     * change log can't tell): the others kept their columns, so a step costs what it changes, not what earlier steps
     * seeded.
     */
    void advance(List<PlannedOp> upgrade, Schema before, Schema after) {
        Set<String> touched = new HashSet<>();
        for (PlannedOp p : upgrade) {
            if (p.op() instanceof RenameTable r) {
                List<Group> moved = byTable.remove(r.name());
                if (moved != null) {
                    moved.forEach(g -> g.table = r.to());
                    byTable.computeIfAbsent(r.to(), k -> new ArrayList<>()).addAll(moved);
                }
                touched.add(r.to());
            } else if (p.op() instanceof AlterColumn a && a.renameTo().isPresent()) {
                byTable.getOrDefault(a.table(), List.of()).forEach(g -> g.columns.replaceAll(
                        (seeded, now) -> now.equals(a.name()) ? a.renameTo().get() : now));
                touched.add(a.table());
            }
        }
        Optional<Schema.Changes> changes = after.changedSince(before);
        touched.addAll(changes.isPresent() ? changes.get().tables() : Set.copyOf(byTable.keySet()));
        for (String name : touched) {
            List<Group> list = byTable.get(name);
            if (list == null) {
                continue;
            }
            Optional<Table> t = after.table(name);
            list.removeIf(g -> {
                if (t.isEmpty()) {
                    return true;
                }
                g.columns.values().removeIf(now -> !t.get().hasColumn(now));
                return g.rows.isEmpty() || !g.seeded.locator().stream().allMatch(g.columns::containsKey);
            });
            if (list.isEmpty()) {
                byTable.remove(name);
            }
        }
    }
}
