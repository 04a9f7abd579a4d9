package org.sqlbundle.verifier.data;

import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.model.EnumType;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.ops.DropEnumValue;
import org.sqlbundle.compiler.plan.ChainModel;
import org.sqlbundle.compiler.plan.PlannedOp;

/**
 * The schema rows are seeded from, without the enum values a drop_enum_value of the chain drops: it refuses by design
 * while rows hold its value, and seeded rows stay in the tables for the later steps, so seeding such a value would
 * make the step that drops it fail on rows the verifier made up. Rows the chain itself wrote are still there, and a
 * refusal on them is reported.
 */
public final class DroppedEnumValues {

    private DroppedEnumValues() {
    }

    /** The drop_enum_value ops of the chain's upgrades, in chain order. */
    public static List<DropEnumValue> of(ChainModel model, int size) {
        List<DropEnumValue> out = new ArrayList<>();
        for (int position = 0; position < size; position++) {
            for (PlannedOp p : model.plan(position).upgrade()) {
                if (p.op() instanceof DropEnumValue d) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    public static Schema seedable(Schema before, List<DropEnumValue> drops) {
        Schema out = before;
        for (DropEnumValue d : drops) {
            if (out.enumType(d.name()).isPresent()) {
                List<String> labels = new ArrayList<>(out.enumType(d.name()).orElseThrow().labels());
                labels.remove(d.value());
                if (!labels.isEmpty()) {
                    out = out.withEnum(new EnumType(d.name(), labels));
                }
            }
        }
        return out;
    }
}
