package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

public record DropEnum(SourcePos pos, String name) implements Op {

    @Override
    public String opName() {
        return "drop_enum";
    }

    public EnumType enumType(Schema before) {
        return before.enumType(name).orElseThrow(() -> ModelCheck.fail(pos, "E123",
                "drop_enum: enum type '" + name + "' does not exist at this point of the chain", null));
    }

    @Override
    public Schema apply(Schema before) {
        enumType(before);
        for (Table t : before.tablesUsingEnum(name)) {
            t.columns().stream().filter(c -> c.type().isEnum() && c.type().enumName().equals(name)).findFirst()
                    .ifPresent(c -> {
                        throw ModelCheck.fail(pos, "E124", "drop_enum " + name + ": column " + t.name() + "."
                                + c.name() + " still uses it", "drop or alter that column first");
                    });
        }
        return before.withoutEnum(name);
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new CreateEnum(pos, enumType(before)));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "drop_enum " + name;
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.dropEnum(this, context);
    }
}
