package org.sqlbundle.verifier;

import org.sqlbundle.verifier.internal.verify.Shard;


/**
 * How to verify: the target (a {@code Targets.open} spec and its options), the range {@code START:END}, how scripts
 * are replayed, whether rows are seeded and checked, and whether declared data loss fails the run too.
 * {@code shippedBundles}: a directory {@code compile --out} wrote; its bundles must be what the chain compiles to, and
 * they are the files the whole-range phase runs. {@code shard}: the slice of the range this run verifies.
 */
public record VerifyOptions(String targetSpec, TargetOptions targetOptions, String range, ReplayMode mode,
                            boolean data, boolean strict, java.util.Optional<java.nio.file.Path> shippedBundles,
                            Shard shard) {

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

        public Builder targetOptions(TargetOptions options) {
            this.targetOptions = options;
            return this;
        }

        public Builder range(String spec) {
            this.range = spec;
            return this;
        }

        public Builder mode(ReplayMode replayMode) {
            this.mode = replayMode;
            return this;
        }

        public Builder data(boolean enabled) {
            this.data = enabled;
            return this;
        }

        public Builder strict(boolean enabled) {
            this.strict = enabled;
            return this;
        }

        public Builder shippedBundles(java.nio.file.Path compileOutDir) {
            this.shippedBundles = java.util.Optional.of(compileOutDir);
            return this;
        }

        /** Verify only this slice of the range; the whole-range bundles run with the last slice. */
        public Builder shard(Shard slice) {
            this.shard = slice;
            return this;
        }

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
