package org.sqlbundle.compiler.internal.chain;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tag may stand wherever a revision reference does, so it must not read as any other reference: resolved
 * silently, {@code tags: [head-1]} made {@code upgrade head-1} cover the whole chain, and {@code tags: [f489cf]}
 * made {@code show f489cf} a different revision than {@code show f489}.
 */
public final class TagRules {

    public static final String HINT = "rename the tag: a tag must not look like head, base, <ref>+N, <ref>-N, a range or "
            + "a revision id or prefix of one (e.g. 'folsom', 'release_2')";

    /** What {@link RefResolver} reads as a step from another reference. */
    private static final Pattern RELATIVE = Pattern.compile(".+[+-]\\d+");
    /** Four or more hex digits: how a prefix of a generated id looks, whether or not one starts with it yet. */
    private static final Pattern HEX_PREFIX = Pattern.compile("[0-9a-f]{4,}");

    private TagRules() {
    }

    /** Why the tag reads as a range, a relative reference or an id prefix; empty if not (head, base: E009). */
    public static Optional<String> shapeProblem(String tag) {
        if (tag.contains(":")) {
            return Optional.of("reads as a range (<from>:<to>)");
        }
        if (RELATIVE.matcher(tag).matches()) {
            return Optional.of("reads as a relative reference (<ref>+N or <ref>-N)");
        }
        if (HEX_PREFIX.matcher(tag).matches()) {
            return Optional.of("reads as a prefix of a revision id (only hex digits)");
        }
        return Optional.empty();
    }

    /** Why the tag is confused with one of these revision ids; empty when it isn't. */
    public static Optional<String> idProblem(String tag, Collection<String> ids) {
        for (String id : ids) {
            if (id.equals(tag)) {
                return Optional.of("is also the id of revision " + id);
            }
        }
        for (String id : ids) {
            if (id.startsWith(tag)) {
                return Optional.of("is a prefix of the id of revision " + id + ", so an id prefix would not mean "
                        + "that revision");
            }
        }
        return Optional.empty();
    }
}
