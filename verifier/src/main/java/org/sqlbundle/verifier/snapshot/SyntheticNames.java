package org.sqlbundle.verifier.snapshot;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names for constraints that have none (SQLite) or only a generated one whose number depends on creation order
 * (H2 {@code CONSTRAINT_8A}, MySQL {@code t_ibfk_1}, MariaDB {@code CONSTRAINT_1}). A generated name would make
 * two creations of one schema differ, so it is replaced by one built from the content, marked by a leading
 * {@code ~}. Explicit names are kept as they are.
 */
public final class SyntheticNames {

    private static final Pattern GENERATED = Pattern.compile(
            "(?i)constraint_[0-9a-f]+|.+_ibfk_\\d+|.+_chk_\\d+");

    private SyntheticNames() {
    }

    public static boolean isGenerated(String name) {
        return name == null || name.isEmpty() || GENERATED.matcher(name).matches();
    }

    public static String foreignKey(List<String> columns) {
        return "~fk(" + String.join(",", columns) + ")";
    }

    public static String unique(List<String> columns) {
        return "~unique(" + String.join(",", columns) + ")";
    }

    public static String check(String expression) {
        return "~check(" + expression + ")";
    }
}
