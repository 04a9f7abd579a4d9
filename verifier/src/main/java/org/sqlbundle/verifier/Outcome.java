package org.sqlbundle.verifier;

import java.util.Locale;

/** How one check ended. REPORTED: data was lost where the revision declares it destructive; it fails only when strict. */
public enum Outcome {
    PASSED, FAILED, REPORTED, NOT_RUN;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
