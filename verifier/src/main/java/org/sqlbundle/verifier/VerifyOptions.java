package org.sqlbundle.verifier;

import org.sqlbundle.verifier.internal.verify.Shard;


/**
 * How to verify: the target (a {@code Targets.open} spec and its options), the range {@code START:END}, how scripts
 * are replayed, whether rows are seeded and checked, and whether declared data loss fails the run too.
 * {@code shippedBundles}: a directory {@code compile --out} wrote; its bundles must be what the chain compiles to, and
 * they are the files the whole-range phase runs. {@code shard}: the slice of the range this run verifies.
 * Build them with {@link #builder(String)}.
 *
 * @param targetSpec the target: a dialect name or a {@code jdbc:} URL
 * @param targetOptions how to open the target
 * @param range the range to verify, {@code START:END}
 * @param mode how the scripts are replayed
 * @param data whether rows are seeded and checked
 * @param strict whether declared data loss fails the run
 * @param shippedBundles a directory {@code compile --out} wrote, whose bundles are checked and run, if any
 * @param shard the slice of the range to verify (its type is internal)
 */
public record VerifyOptions(String targetSpec, TargetOptions targetOptions, String range, ReplayMode mode,
                            boolean data, boolean strict, java.util.Optional<java.nio.file.Path> shippedBundles,
                            Shard shard) {

    /**
     * Starts options for a target: {@code sqlite}, {@code h2}, {@code embedded-postgresql}, {@code postgresql},
     * {@code mariadb} or {@code mysql} (a container), or a {@code jdbc:} URL of a server to make a scratch database on;
     * the spec is checked by {@link Verifier#verify}, not here.
     */
    public static Builder builder(String targetSpec) {
        return new Builder(targetSpec);
    }

    /** Defaults: base:head, JDBC replay, data round trip on, not strict. */
    public static final class Builder {
        private final String targetSpec;
        private TargetOptions targetOptions = TargetOptions.defaults();
        private String range = "base:head";
        private ReplayMode mode = ReplayMode.JDBC;
        private boolean data = true;
        private boolean strict;
        private java.util.Optional<java.nio.file.Path> shippedBundles = java.util.Optional.empty();
        private Shard shard = Shard.WHOLE;

        private Builder(String targetSpec) {
            this.targetSpec = targetSpec;
        }

        /** How to open the target: image, credentials, labels, timeouts (default {@link TargetOptions#defaults()}). */
        public Builder targetOptions(TargetOptions options) {
            this.targetOptions = options;
            return this;
        }

        /**
         * The range to verify, {@code START:END} in the chain's references (default {@code base:head}); resolved by
         * {@link Verifier#verify}, BAD_INPUT when it names no revision.
         */
        public Builder range(String spec) {
            this.range = spec;
            return this;
        }

        /** How the scripts are run on the target (default {@link ReplayMode#JDBC}). */
        public Builder mode(ReplayMode replayMode) {
            this.mode = replayMode;
            return this;
        }

        /** Whether rows are seeded and checked through each round trip (default on). */
        public Builder data(boolean enabled) {
            this.data = enabled;
            return this;
        }

        /**
         * Whether data lost by a revision declared destructive fails the run instead of being reported (default off).
         */
        public Builder strict(boolean enabled) {
            this.strict = enabled;
            return this;
        }

        /**
         * Also check that the bundles a {@code compile --out} wrote in this directory are what the chain compiles to,
         * and run those files in the whole-range phase; read by {@link Verifier#verify}.
         */
        public Builder shippedBundles(java.nio.file.Path compileOutDir) {
            this.shippedBundles = java.util.Optional.of(compileOutDir);
            return this;
        }

        /** Verify only this slice of the range; the whole-range bundles run with the last slice. */
        public Builder shard(Shard slice) {
            this.shard = slice;
            return this;
        }

        /** The options; nothing is checked or opened until {@link Verifier#verify}. */
        public VerifyOptions build() {
            return new VerifyOptions(targetSpec, targetOptions, range, mode, data, strict, shippedBundles, shard);
        }
    }

    /** The target as reports show it: a URL's parameters may hold a password, so they are left out. */
    public String targetLabel() {
        int q = targetSpec.indexOf('?');
        return q < 0 ? targetSpec.trim() : targetSpec.substring(0, q).trim() + "?...";
    }
}
