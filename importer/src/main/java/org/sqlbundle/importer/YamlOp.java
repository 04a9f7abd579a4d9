package org.sqlbundle.importer;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * One op as written: its name, its fields in order, the Python file:line it came from and comment lines before it.
 * A null name is a comment-only entry: a call that was not imported, kept in the file where it was.
 */
record YamlOp(String name, LinkedHashMap<String, Object> body, String origin, List<String> notes) {

    static YamlOp of(String name, String origin, Object... keysAndValues) {
        LinkedHashMap<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                body.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return new YamlOp(name, body, origin, List.of());
    }

    /** A map in the order given: YAML output must not depend on hash order. */
    static LinkedHashMap<String, Object> ordered(Object... keysAndValues) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    YamlOp withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new YamlOp(name, body, origin, List.copyOf(all));
    }
}
