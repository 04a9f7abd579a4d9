package org.sqlbundle.compiler;

import java.util.List;

/**
 * What one written bundle script contains, for bundle.json and for callers of the library API.
 *
 * @param dialect the dialect's CLI name, such as {@code postgresql}
 * @param direction {@code upgrade} or {@code downgrade}
 * @param from the revision id the script starts from, or {@code base}
 * @param to the revision id the script leaves the database at, or {@code base}
 * @param steps the revisions in the order the script runs them; immutable
 */
public record BundleSummary(String dialect, String direction, String from, String to, List<Step> steps) {

    /** Copies {@code steps}. */
    public BundleSummary {
        steps = List.copyOf(steps);
    }

    /**
     * One revision of the script: whether it ran or was skipped for its features, and what it loses.
     *
     * @param id the revision's id
     * @param message the revision's message
     * @param applied false when the revision is skipped because none of its features is enabled
     * @param statements how many SQL statements the script runs for it
     * @param destructive why the step is destructive (what it drops or loses), one reason each; empty when it loses
     *        nothing; immutable
     */
    public record Step(String id, String message, boolean applied, int statements, List<String> destructive) {
        /** Copies {@code destructive}. */
        public Step {
            destructive = List.copyOf(destructive);
        }
    }
}
