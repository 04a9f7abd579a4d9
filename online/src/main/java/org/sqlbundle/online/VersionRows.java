package org.sqlbundle.online;

import java.util.List;

/** The version table as found: absent, or its rows (none at base, one normally, several when damaged). */
record VersionRows(boolean tableExists, List<String> rows) {

    VersionRows {
        rows = List.copyOf(rows);
    }

    static VersionRows absent() {
        return new VersionRows(false, List.of());
    }

    static VersionRows of(List<String> rows) {
        return new VersionRows(true, rows);
    }
}
