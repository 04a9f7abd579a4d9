package org.sqlbundle.compiler.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.model.EnumType;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.source.SourcePos;

/**
 * Takes a value out of an enum type. The bundle refuses at run time, before changing anything, while a row holds
 * the value (a guard per column), so no row is ever changed or lost by it; a column default of the value is refused
 * here, at the op.
 */
public record DropEnumValue(SourcePos pos, String name, String value) implements Op {

    @Override
    public String opName() {
        return "drop_enum_value";
    }

    /** The enum's values once this op ran. */
    public EnumType dropped(Schema schema) {
        EnumType e = EnumValues.enumType(schema, name, pos, opName());
        if (!e.labels().contains(value)) {
            throw ModelCheck.fail(pos, "E137", opName() + ": enum type '" + name + "' has no value '" + value + "'",
                    "its values are " + e.labels());
        }
        if (e.labels().size() == 1) {
            throw ModelCheck.fail(pos, "E137", opName() + ": '" + value + "' is the only value of enum type '" + name
                    + "', and an enum needs one", "drop the enum instead: - drop_enum: {name: " + name + "}");
        }
        for (EnumValues.Use use : EnumValues.uses(schema, name)) {
            if (use.column().defaultValue().map(d -> d.text().equals(value)).orElse(false)) {
                throw ModelCheck.fail(pos, "E138", opName() + " " + name + ": column " + use.table().name() + "."
                        + use.column().name() + " defaults to '" + value + "'", "change that default first: "
                        + "- alter_column: {table: " + use.table().name() + ", name: " + use.column().name()
                        + ", default: <another value>}");
            }
        }
        List<String> labels = new ArrayList<>(e.labels());
        labels.remove(value);
        return new EnumType(name, labels);
    }

    @Override
    public Schema apply(Schema before) {
        return before.withEnum(dropped(before));
    }

    /** Adds the value back where it was: after the value before it, or before the next when it came first. */
    @Override
    public Reversal reverse(Schema before) {
        List<String> labels = EnumValues.enumType(before, name, pos, opName()).labels();
        int at = labels.indexOf(value);
        if (at == labels.size() - 1) {
            return Reversal.of(new AddEnumValue(pos, name, value, Optional.empty(), Optional.empty()));
        }
        return Reversal.of(at > 0
                ? new AddEnumValue(pos, name, value, Optional.empty(), Optional.of(labels.get(at - 1)))
                : new AddEnumValue(pos, name, value, Optional.of(labels.get(at + 1)), Optional.empty()));
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "drop_enum_value " + name + " '" + value + "'";
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.dropEnumValue(this, context);
    }
}
