package org.sqlbundle.compiler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.source.LazySha256;
import org.sqlbundle.errors.SourcePos;

/**
 * One revision file, read and typed. {@code downgrade} is empty when the author left it to the compiler.
 * {@code features} non-empty means the revision applies only when one of them is enabled.
 * {@code contentHash} is the hash of the file's bytes ({@link #sha256}), for the chain fingerprint. {@code lintIgnore} holds the lint
 * codes the author silenced for this revision ({@code lint: {ignore: [L004]}}). {@code pos} is the file's start;
 * {@code keys} where its id, parent and tags are written, so chain errors point at the line to fix.
 * {@code downgradePos} is where the {@code downgrade:} key is written (the revision's position when there is none),
 * where a downgrade that leaves the model changed is reported; {@code asymmetryAllowed} the author's reason for
 * allowing that ({@code symmetry: {allow_asymmetric: "why"}}). {@code opFeatures}: the ops written with their own
 * {@code when: {features: [...]}}, by the op's position; such an op runs only when one of them is enabled.
 *
 * @param id the revision's id, unique in its chain
 * @param parent the id of the revision before it; empty for the first revision
 * @param message the author's one-line description
 * @param tags the names the revision can also be referred to by; immutable
 * @param features the features of which one must be enabled for the revision to apply; empty means always
 * @param upgrade the operations, in file order (their types are internal)
 * @param downgrade the operations written under {@code downgrade:}, or empty when the compiler derives them
 * @param pos the start of the revision file
 * @param contentHash the hash of the file's bytes, computed on first use (its type is internal)
 * @param lintIgnore the lint codes silenced for this revision
 * @param keys where {@code id:}, {@code parent:} and {@code tags:} are written
 * @param downgradePos where {@code downgrade:} is written, or {@code pos} when it is absent
 * @param asymmetryAllowed the author's reason for allowing an asymmetric downgrade, if any
 * @param tagPositions where each tag is written, by tag
 * @param opFeatures the features an op is limited to by its own {@code when:}, by the op's position
 */
public record Revision(String id, Optional<String> parent, String message, List<String> tags, List<String> features,
                       List<Op> upgrade, Optional<List<Op>> downgrade, SourcePos pos, LazySha256 contentHash,
                       Set<String> lintIgnore, KeyPositions keys, SourcePos downgradePos,
                       Optional<String> asymmetryAllowed, Map<String, SourcePos> tagPositions,
                       Map<SourcePos, List<String>> opFeatures) {

    /**
     * Positions of the values of {@code id:}, {@code parent:} and {@code tags:} (the file's start when absent).
     *
     * @param id where the id is written
     * @param parent where the parent is written
     * @param tags where the tags are written
     */
    public record KeyPositions(SourcePos id, SourcePos parent, SourcePos tags) {
    }

    /**
     * Copies the collections. For sqlbundle's own loader, which checks the file first; not part of the contract: get
     * revisions from {@link Chain#revisions()}.
     */
    public Revision {
        tags = List.copyOf(tags);
        tagPositions = Map.copyOf(tagPositions);
        features = List.copyOf(features);
        upgrade = List.copyOf(upgrade);
        downgrade = downgrade.map(List::copyOf);
        lintIgnore = Set.copyOf(lintIgnore);
        opFeatures = Map.copyOf(opFeatures);
    }

    /** SHA-256 of the revision file's bytes, as lower-case hex. */
    public String sha256() {
        return contentHash.hex();
    }

    /** The revision file's path, as in {@link #pos()}. */
    public String file() {
        return pos.file();
    }

    /** Where the file names this tag; the revision's own position for a tag it does not have. */
    public SourcePos tagPos(String tag) {
        return tagPositions.getOrDefault(tag, pos);
    }

    /** Whether this is the chain's first revision (it has no parent). */
    public boolean isBase() {
        return parent.isEmpty();
    }

    /** The features an op written in this revision names in its own {@code when:}; empty for an unconditional op. */
    public List<String> opFeatures(Op op) {
        return opFeatures.getOrDefault(op.pos(), List.of());
    }

    /** Whether an op written in this revision runs for this set of enabled features (its own {@code when:}). */
    public boolean opAppliesTo(Op op, java.util.Collection<String> enabled) {
        List<String> needed = opFeatures(op);
        return needed.isEmpty() || needed.stream().anyMatch(enabled::contains);
    }

    /** Every feature the revision names, in its own {@code when:} and in its ops'. */
    public Set<String> allFeatures() {
        Set<String> all = new java.util.TreeSet<>(features);
        opFeatures.values().forEach(all::addAll);
        return all;
    }

    /** Whether the revision runs for this set of enabled features. */
    public boolean appliesTo(java.util.Collection<String> enabled) {
        return features.isEmpty() || features.stream().anyMatch(enabled::contains);
    }
}
