package org.sqlbundle.compiler;

import java.util.List;

/** What one written bundle script contains, for bundle.json and for callers of the library API. */
public record BundleSummary(String dialect, String direction, String from, String to, List<Step> steps) {

    public BundleSummary {
        steps = List.copyOf(steps);
    }

    /** One revision of the script: whether it ran or was skipped for its features, and what it loses. */
    public record Step(String id, String message, boolean applied, int statements, List<String> destructive) {
        public Step {
            destructive = List.copyOf(destructive);
        }
    }
}
