package org.sqlbundle.compiler.internal.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlbundle.compiler.internal.render.SqlComments;

/**
 * The one path every template value takes into a bundle. Templates print values inside {@code --} comments, so
 * every string (feature names, tags, ids, messages, file names, the version table, labels) is sanitised here,
 * whatever its source and however it was checked before; only the values under {@link #SQL_KEYS}, which hold
 * rendered statements, are passed through. A new value added to a template is therefore safe by default.
 */
final class CommentValues {

    /** Keys whose values are SQL statements rendered by the dialect, printed as statements, not in comments. */
    static final Set<String> SQL_KEYS = Set.of("statements", "begin", "commit", "stamp", "end");

    private CommentValues() {
    }

    static Map<String, Object> of(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, SQL_KEYS.contains(k) ? v : clean(v)));
        return out;
    }

    private static Object clean(Object value) {
        if (value instanceof String s) {
            return SqlComments.sanitize(s);
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return of(typed);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(clean(item)));
            return out;
        }
        return value; // numbers and booleans
    }
}
