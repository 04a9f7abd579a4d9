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

    public static final int BASE = -1;

    private final Path dir;
    private final List<Revision> revisions;
    private final Map<String, Integer> positionById = new HashMap<>();
    private final Map<String, Integer> positionByTag = new HashMap<>();
    private volatile String fingerprint;

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

    public List<Revision> revisions() {
        return revisions;
    }

    public int size() {
        return revisions.size();
    }

    public Revision at(int position) {
        return revisions.get(position);
    }

    public Revision head() {
        return revisions.get(revisions.size() - 1);
    }

    public int headPosition() {
        return revisions.size() - 1;
    }

    public Optional<Integer> positionOf(String id) {
        return Optional.ofNullable(positionById.get(id));
    }

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

    public Range range(int from, int to) {
        return new Range(this, from, to);
    }
}
