package org.sqlbundle.verifier.verify;

/** Told what the verifier is doing while it runs, for a progress line; reports come from the result instead. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** A revision of the walk starts: {@code number} of {@code total}, 1-based. */
    default void step(int number, int total, String revision) {
    }

    /** A phase outside the walk starts (setup to the range's start, the whole-range bundles). */
    default void phase(String description) {
    }

    /** Everything ran; nothing more will be reported. */
    default void finished() {
    }
}
