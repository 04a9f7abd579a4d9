package org.sqlbundle.compiler.internal.ops;

import java.util.HashSet;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.errors.SourcePos;

public record CreateEnum(SourcePos pos, EnumType enumType) implements Op {

    @Override
    public String opName() {
        return "create_enum";
    }

    @Override
    public Schema apply(Schema before) {
        if (before.enumType(enumType.name()).isPresent()) {
            throw ModelCheck.fail(pos, "E121", "create_enum: enum type '" + enumType.name() + "' already exists", null);
        }
        if (enumType.labels().isEmpty()) {
            throw ModelCheck.fail(pos, "E122", "create_enum " + enumType.name() + ": no values", null);
        }
        if (new HashSet<>(enumType.labels()).size() != enumType.labels().size()) {
            throw ModelCheck.fail(pos, "E122", "create_enum " + enumType.name() + ": a value is listed twice", null);
        }
        return before.withEnum(enumType);
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropEnum(pos, enumType.name()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "create_enum " + enumType.name() + " " + enumType.labels();
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.createEnum(this, context);
    }
}
