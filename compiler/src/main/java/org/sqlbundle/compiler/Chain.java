package org.sqlbundle.compiler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.internal.chain.RefResolver;
import org.sqlbundle.compiler.internal.source.Sha256;

/**
 * A checked, linear chain: revisions from base to head. Positions count revisions applied:
 * {@link #BASE} (-1) is the empty database before the first revision, {@code size()-1} is head.
 */
public final class Chain {

    /** The position of the empty database, before the first revision. */
    public static final int BASE = -1;

    private final Path dir;
    private final List<Revision> revisions;
    private final Map<String, Integer> positionById = new HashMap<>();
    private final Map<String, Integer> positionByTag = new HashMap<>();
    private volatile String fingerprint;

    /**
     * For sqlbundle's own loader, which checks the revisions first; not part of the contract: get a chain from {@link
     * Compiler#chain()}. The list is copied.
     */
    public Chain(Path dir, List<Revision> revisions) {
        this.dir = dir;
        this.revisions = List.copyOf(revisions);
        for (int i = 0; i < this.revisions.size(); i++) {
            Revision r = this.revisions.get(i);
            positionById.put(r.id(), i);
            for (String tag : r.tags()) {
                positionByTag.put(tag, i);
            }
        }
    }

    /** The directory the revision files were read from, as configured (not made absolute). */
    public Path dir() {
        return dir;
    }

    /** The chain's name, for bundle headers: the directory name, or its parent's when it is called 'revisions'. */
    public String name() {
        Path abs = dir.toAbsolutePath().normalize();
        Path leaf = abs.getFileName();
        if (leaf != null && leaf.toString().equals("revisions") && abs.getParent() != null
                && abs.getParent().getFileName() != null) {
            return abs.getParent().getFileName().toString();
        }
        return leaf == null ? "chain" : leaf.toString();
    }

    /** Every revision, base to head; immutable. */
    public List<Revision> revisions() {
        return revisions;
    }

    /** The number of revisions; {@code size() - 1} is head's position. */
    public int size() {
        return revisions.size();
    }

    /**
     * The revision at a position from 0 (the first) to {@link #headPosition()}; throws {@link
     * IndexOutOfBoundsException} outside it, including for {@link #BASE}.
     */
    public Revision at(int position) {
        return revisions.get(position);
    }

    /** The newest revision. */
    public Revision head() {
        return revisions.get(revisions.size() - 1);
    }

    /** Head's position, {@code size() - 1}. */
    public int headPosition() {
        return revisions.size() - 1;
    }

    /** The position of the revision with exactly this id (no prefixes or tags: see {@link #resolve}), or empty. */
    public Optional<Integer> positionOf(String id) {
        return Optional.ofNullable(positionById.get(id));
    }

    /** The position of the revision carrying this tag, or empty. */
    public Optional<Integer> positionOfTag(String tag) {
        return Optional.ofNullable(positionByTag.get(tag));
    }

    /** SHA-256 over every revision file in chain order: changes when any revision file changes. */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            // hashing every file is deferred to the first caller (see LazySha256); racing callers agree
            StringBuilder digest = new StringBuilder();
            for (Revision r : revisions) {
                digest.append(r.id()).append(' ').append(r.sha256()).append('\n');
            }
            known = Sha256.hex(digest.toString().getBytes(StandardCharsets.UTF_8));
            fingerprint = known;
        }
        return known;
    }

    /** Resolves a reference (id, prefix, tag, head, base, head-2, rev+1) to a position. */
    public int resolve(String ref) {
        return new RefResolver(this).resolve(ref);
    }

    /** Parses {@code start:end} (or a single target, meaning from {@code defaultStart}) for one direction. */
    public Range range(String spec, Range.Direction direction, int defaultStart) {
        return new RefResolver(this).range(spec, direction, defaultStart);
    }

    /**
     * The walk between two positions ({@link #BASE} to {@link #headPosition()}), unchecked; its direction follows
     * from their order.
     */
    public Range range(int from, int to) {
        return new Range(this, from, to);
    }
}
