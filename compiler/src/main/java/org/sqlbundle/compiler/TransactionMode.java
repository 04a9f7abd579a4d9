package org.sqlbundle.compiler;

/** How a bundle groups its statements into transactions on dialects whose DDL is transactional. */
public enum TransactionMode {
    /** One transaction per revision, its stamp included: a failure leaves the last completed revision stamped. */
    PER_REVISION("per-revision"),
    /** One transaction around the whole bundle: all or nothing. */
    BUNDLE("bundle");

    /** The name used on the command line and in sqlbundle.yaml: {@code per-revision} or {@code bundle}. */
    public final String cliName;

    TransactionMode(String cliName) {
        this.cliName = cliName;
    }

    /**
     * The mode with this CLI name, ignoring case and surrounding blanks; throws {@link IllegalArgumentException}
     * otherwise.
     */
    public static TransactionMode parse(String text) {
        for (TransactionMode m : values()) {
            if (m.cliName.equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown transaction mode '" + text + "'; expected per-revision or bundle");
    }
}
