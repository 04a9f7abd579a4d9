package org.sqlbundle.verifier;

import org.sqlbundle.compiler.Progress;

/**
 * Told what the verifier is doing while it runs, for a progress line; reports come from the result instead.
 * A compiler {@link Progress}, so one console line serves both verbs.
 */
public interface ProgressListener extends Progress {

    /** Hears nothing: for callers that want no progress. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** A revision of the walk starts: {@code number} of {@code total}, 1-based. */
    @Override
    default void step(int number, int total, String revision) {
    }

    /** A phase outside the walk starts (setup to the range's start, the whole-range bundles). */
    @Override
    default void phase(String description) {
    }
}
