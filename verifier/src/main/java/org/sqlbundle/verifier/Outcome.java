package org.sqlbundle.verifier;

import java.util.Locale;

/** How one check ended. REPORTED: data was lost where the revision declares it destructive; it fails only when strict. */
public enum Outcome {
    PASSED, FAILED, REPORTED, NOT_RUN;

    /**
     * The lower-case, hyphenated name the reports use: {@code passed}, {@code failed}, {@code reported}, {@code
     * not-run}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
