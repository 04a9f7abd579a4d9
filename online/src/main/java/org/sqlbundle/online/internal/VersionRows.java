package org.sqlbundle.online.internal;

import java.util.List;

/** The version table as found: absent, or its rows (none at base, one normally, several when damaged). */
public record VersionRows(boolean tableExists, List<String> rows) {

    public VersionRows {
        rows = List.copyOf(rows);
    }

    static VersionRows absent() {
        return new VersionRows(false, List.of());
    }

    static VersionRows of(List<String> rows) {
        return new VersionRows(true, rows);
    }
}
