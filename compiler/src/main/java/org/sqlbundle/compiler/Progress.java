package org.sqlbundle.compiler;

/**
 * Told what a long run is doing while it runs, for a progress line on a terminal; results come back from the
 * calls themselves. Calls may come from several threads at once (dialects are written side by side).
 */
public interface Progress {

    /** Hears nothing: for callers that want no progress. */
    Progress NONE = new Progress() {
    };

    /** Item {@code number} of {@code total} (1-based) starts or is done; {@code what} names it. */
    default void step(int number, int total, String what) {
    }

    /** A phase without a count starts. */
    default void phase(String description) {
    }

    /** Everything ran; nothing more will be reported. */
    default void finished() {
    }

    /** Whether item {@code number} of {@code total} is worth a report: about a hundred per count, and the last. */
    static boolean due(int number, int total) {
        return number == total || number % Math.max(1, total / 100) == 0;
    }
}
