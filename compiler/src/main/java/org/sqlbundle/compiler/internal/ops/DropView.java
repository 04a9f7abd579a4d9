package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.errors.SourcePos;

public record DropView(SourcePos pos, String name) implements Op {

    @Override
    public String opName() {
        return "drop_view";
    }

    public View view(Schema before) {
        return before.view(name).orElseThrow(() -> ModelCheck.fail(pos, "E126",
                "drop_view: view '" + name + "' does not exist at this point of the chain", null));
    }

    @Override
    public Schema apply(Schema before) {
        view(before);
        return before.withoutView(name);
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new CreateView(pos, view(before)));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "drop_view " + name;
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.dropView(this, context);
    }
}
