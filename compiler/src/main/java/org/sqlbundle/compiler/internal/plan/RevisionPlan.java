package org.sqlbundle.compiler.internal.plan;

import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.Revision;

/**
 * One revision as the compiler will run it: its upgrade ops in order, and its downgrade ops in the order
 * they undo it (explicit, or derived from the upgrade). {@code applied} is false when the revision's
 * features are not enabled: it is then skipped but still stamped.
 */
public record RevisionPlan(Revision revision, int position, boolean applied, List<PlannedOp> upgrade,
                           List<PlannedOp> downgrade, boolean downgradeDerived) {

    public RevisionPlan {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /** The destructive reasons of one direction's ops, for bundle comments and reports. */
    /**
     * Whether the direction's ops change data only ({@code insert}, {@code delete}, and {@code sql}, which must not
     * change the schema): no statement of it commits implicitly, so it can run in one transaction on any dialect.
     */
    public boolean changesDataOnly(boolean up) {
        return !applied || (up ? upgrade : downgrade).stream()
                .allMatch(p -> DATA_OPS.contains(p.op().opName()));
    }

    private static final java.util.Set<String> DATA_OPS = java.util.Set.of("insert", "delete", "sql");

    /**
     * The ops of one direction written with a {@code when:} that none of {@code enabled} meets, in file order; a
     * derived downgrade skips the undo of each skipped upgrade op, so it lists those.
     */
    public List<org.sqlbundle.compiler.internal.ops.Op> skippedOps(boolean up, java.util.Collection<String> enabled) {
        if (!applied) {
            return List.of();
        }
        List<org.sqlbundle.compiler.internal.ops.Op> written = up || revision.downgrade().isEmpty() ? revision.upgrade()
                : revision.downgrade().orElseThrow();
        return written.stream().filter(op -> !revision.opAppliesTo(op, enabled)).toList();
    }

    public List<String> destructiveReasons(boolean up) {
        return (up ? upgrade : downgrade).stream().map(PlannedOp::destructiveReason)
                .flatMap(Optional::stream).toList();
    }
}
