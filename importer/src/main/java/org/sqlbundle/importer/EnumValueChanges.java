package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code op.alter_column(type_=Enum(..., name=x), existing_type=Enum(..., name=x))} with other labels: the column keeps
 * its type and the enum's labels change, so the import says so with add_enum_value / drop_enum_value (Alembic's MySQL
 * output MODIFYs the column's ENUM; its PostgreSQL output renders ALTER COLUMN ... TYPE x and adds nothing).
 */
final class EnumValueChanges {

    private EnumValueChanges() {
    }

    /** The label ops, or null when this is not a label change of one named enum (then the type is altered as is). */
    static List<YamlOp> of(JsonNode type, JsonNode existing, String origin) {
        if (!type.isObject() || !existing.isObject()) {
            return null;
        }
        String now = TypeMapper.map(type).type();
        if (!now.startsWith("enum(") || !now.equals(TypeMapper.map(existing).type())) {
            return null;
        }
        String name = type.path("name").asText();
        List<String> before = TableMapper.strings(existing.path("values"));
        List<String> after = TableMapper.strings(type.path("values"));
        List<String> keptBefore = before.stream().filter(after::contains).toList();
        List<String> keptAfter = after.stream().filter(before::contains).toList();
        if (!keptBefore.equals(keptAfter)) {
            throw new OpMapper.NotImported("enum " + name + "'s labels are reordered (" + before + " -> " + after
                    + "): sqlbundle adds and drops labels but does not reorder them");
        }
        List<YamlOp> out = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String v = after.get(i);
            if (before.contains(v)) {
                continue;
            }
            // after the label that precedes it; the last label is appended; a new first label goes before the next
            if (i == after.size() - 1) {
                out.add(YamlOp.of("add_enum_value", origin, "name", name, "value", v));
            } else if (i > 0) {
                out.add(YamlOp.of("add_enum_value", origin, "name", name, "value", v, "after", after.get(i - 1)));
            } else {
                out.add(YamlOp.of("add_enum_value", origin, "name", name, "value", v, "before", after.get(1)));
            }
        }
        for (String v : before) {
            if (!after.contains(v)) {
                out.add(YamlOp.of("drop_enum_value", origin, "name", name, "value", v));
            }
        }
        return out;
    }
}
