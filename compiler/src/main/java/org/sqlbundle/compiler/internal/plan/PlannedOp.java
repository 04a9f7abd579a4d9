package org.sqlbundle.compiler.internal.plan;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.render.RenderContext;

/** An op placed in the chain: the schema just before and after it, and why it loses data if it does. */
public record PlannedOp(Op op, Schema before, Schema after, Optional<String> destructiveReason) {

    public RenderContext context() {
        return new RenderContext(before, after);
    }
}
