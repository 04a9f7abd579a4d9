package org.sqlbundle.compiler.plan;

import java.util.Optional;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.ops.Op;
import org.sqlbundle.compiler.render.RenderContext;

/** An op placed in the chain: the schema just before and after it, and why it loses data if it does. */
public record PlannedOp(Op op, Schema before, Schema after, Optional<String> destructiveReason) {

    public RenderContext context() {
        return new RenderContext(before, after);
    }
}
