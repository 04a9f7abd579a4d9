package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.errors.SourcePos;

public record CreateView(SourcePos pos, View view) implements Op {

    @Override
    public String opName() {
        return "create_view";
    }

    @Override
    public Schema apply(Schema before) {
        if (before.view(view.name()).isPresent()) {
            throw ModelCheck.fail(pos, "E125", "create_view: view '" + view.name() + "' already exists", null);
        }
        if (before.table(view.name()).isPresent()) {
            throw ModelCheck.fail(pos, "E125", "create_view: a table named '" + view.name() + "' already exists", null);
        }
        return before.withView(view);
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropView(pos, view.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "create_view " + view.name();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.createView(this, context);
    }
}
