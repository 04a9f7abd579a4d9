package org.sqlbundle.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A walk along the chain from position {@code from} to {@code to}. Upgrading runs the revisions after
 * {@code from} up to {@code to}, oldest first; downgrading runs the revisions after {@code to} up to
 * {@code from}, newest first.
 *
 * @param chain the chain walked
 * @param from the start position, {@link Chain#BASE} for the empty database
 * @param to the end position, {@link Chain#BASE} for the empty database
 */
public record Range(Chain chain, int from, int to) {

    /** Which way a range walks: towards head (upgrade) or towards base (downgrade). */
    public enum Direction { UPGRADE, DOWNGRADE }

    /** {@code UPGRADE} when {@code to >= from} (an empty range counts as an upgrade), otherwise {@code DOWNGRADE}. */
    public Direction direction() {
        return to >= from ? Direction.UPGRADE : Direction.DOWNGRADE;
    }

    /** The revisions to run, in the order they run. */
    public List<Revision> steps() {
        List<Revision> out = new ArrayList<>();
        if (direction() == Direction.UPGRADE) {
            for (int i = from + 1; i <= to; i++) {
                out.add(chain.at(i));
            }
        } else {
            for (int i = from; i > to; i--) {
                out.add(chain.at(i));
            }
        }
        return out;
    }

    /** The revision id at {@code from}, or {@code base}. */
    public String fromLabel() {
        return from == Chain.BASE ? "base" : chain.at(from).id();
    }

    /** The revision id at {@code to}, or {@code base}. */
    public String toLabel() {
        return to == Chain.BASE ? "base" : chain.at(to).id();
    }

    /** Whether the range leaves the database at base, which downgrades to base and upgrades from it care about. */
    public boolean startsAtBase() {
        return from == Chain.BASE;
    }

    /** {@code from:to} with revision ids or {@code base}, the form the CLI's {@code --range} accepts. */
    @Override
    public String toString() {
        return fromLabel() + ":" + toLabel();
    }
}
