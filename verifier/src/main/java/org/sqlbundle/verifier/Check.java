package org.sqlbundle.verifier;

import java.util.Locale;

/**
 * What the verifier checks: five per revision of the walk (a revision its features skip too), three for the whole
 * range, plus one for bundle files given to it.
 */
public enum Check {
    /** After the revision's upgrade, the live schema is the compiler's model at that revision. */
    UPGRADE_MATCHES_MODEL,
    /** After its downgrade, the schema is the one before the revision (version table aside). */
    DOWNGRADE_RESTORES,
    /** Upgrading again after the downgrade gives the same schema as the first upgrade. */
    UPGRADE_AGAIN_SAME,
    /** The version table holds the revision after each upgrade and its parent after the downgrade. */
    VERSION_STAMP,
    /** Rows inserted before the revision survive it and its downgrade, unless the revision says it loses data. */
    DATA_ROUND_TRIP,
    /** The bundle files given to verify are byte for byte what the chain compiles to, and match their manifest. */
    SHIPPED_BUNDLES_MATCH,
    /** The whole-range upgrade bundle on a fresh database gives the walk's final schema and version. */
    BUNDLE_UPGRADE_MATCHES_WALK,
    /** Running the upgrade bundle on a database at the wrong version fails and changes nothing. */
    GUARD_REFUSES_WRONG_VERSION,
    /** The whole-range downgrade bundle returns the fresh database to the start schema and version. */
    BUNDLE_DOWNGRADE_RESTORES;

    /** The name reports use: {@code downgrade-restores}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
