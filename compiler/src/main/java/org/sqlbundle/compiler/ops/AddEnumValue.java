package org.sqlbundle.compiler.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.model.EnumType;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.source.SourcePos;

/**
 * Adds a value to an existing enum type, before or after a value it has, or at the end. Every column of the type
 * then takes it; the derived undo is drop_enum_value, which refuses at run time while rows hold the value.
 */
public record AddEnumValue(SourcePos pos, String name, String value, Optional<String> before,
                           Optional<String> after) implements Op {

    @Override
    public String opName() {
        return "add_enum_value";
    }

    /** The enum's values once this op ran. */
    public EnumType added(Schema schema) {
        EnumType e = EnumValues.enumType(schema, name, pos, opName());
        if (value.isEmpty()) {
            throw ModelCheck.fail(pos, "E135", opName() + " " + name + ": the value is empty",
                    "give the new value, e.g. value: archived");
        }
        if (e.labels().contains(value)) {
            throw ModelCheck.fail(pos, "E135", opName() + ": enum type '" + name + "' already has the value '"
                    + value + "'", "its values are " + e.labels() + "; remove this op or pick another value");
        }
        if (before.isPresent() && after.isPresent()) {
            throw ModelCheck.fail(pos, "E136", opName() + " " + name + ": both before and after are given",
                    "keep one of them (or neither, to append the value)");
        }
        List<String> labels = new ArrayList<>(e.labels());
        Optional<String> anchor = before.or(() -> after);
        if (anchor.isEmpty()) {
            labels.add(value);
        } else {
            int at = labels.indexOf(anchor.get());
            if (at < 0) {
                throw ModelCheck.fail(pos, "E136", opName() + " " + name + ": " + (before.isPresent() ? "before" : "after")
                        + " names '" + anchor.get() + "', which the enum does not have", "its values are " + e.labels());
            }
            labels.add(before.isPresent() ? at : at + 1, value);
        }
        return new EnumType(name, labels);
    }

    @Override
    public Schema apply(Schema before) {
        return before.withEnum(added(before));
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.of(new DropEnumValue(pos, name, value));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "add_enum_value " + name + " '" + value + "'" + before.map(b -> " before '" + b + "'").orElse("")
                + after.map(a -> " after '" + a + "'").orElse("");
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.addEnumValue(this, context);
    }
}
