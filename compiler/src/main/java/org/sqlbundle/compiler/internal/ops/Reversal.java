package org.sqlbundle.compiler.internal.ops;

import java.util.List;
import java.util.Optional;

/** The derived undo of an op: the ops to run, or the reason none can be derived. */
public record Reversal(List<Op> ops, Optional<String> irreversibleReason) {

    public Reversal {
        ops = List.copyOf(ops);
    }

    public static Reversal of(Op... ops) {
        return new Reversal(List.of(ops), Optional.empty());
    }

    public static Reversal of(List<Op> ops) {
        return new Reversal(ops, Optional.empty());
    }

    public static Reversal irreversible(String reason) {
        return new Reversal(List.of(), Optional.of(reason));
    }

    public boolean isReversible() {
        return irreversibleReason.isEmpty();
    }
}
