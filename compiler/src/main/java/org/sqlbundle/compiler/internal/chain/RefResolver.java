package org.sqlbundle.compiler.internal.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Turns what a user types into chain positions: full id, unique id prefix, tag, {@code head}, {@code base},
 * relative {@code head-2} or {@code <rev>+1}, and ranges {@code <start>:<end>}.
 */
public final class RefResolver {

    private static final Pattern RELATIVE = Pattern.compile("(.+?)([+-])(\\d+)");
    private static final int MIN_PREFIX = 4;

    private final Chain chain;

    public RefResolver(Chain chain) {
        this.chain = chain;
    }

    public int resolve(String ref) {
        String r = ref.trim();
        if (r.isEmpty()) {
            throw error(ref, "E032", "empty revision reference", "use an id, a tag, head or base");
        }
        int exact = resolveSimple(r, ref);
        if (exact != Integer.MIN_VALUE) {
            return exact;
        }
        Matcher m = RELATIVE.matcher(r);
        if (m.matches()) {
            int anchor = resolve(m.group(1));
            int steps = Integer.parseInt(m.group(3));
            int target = m.group(2).equals("+") ? anchor + steps : anchor - steps;
            if (target < Chain.BASE || target > chain.headPosition()) {
                throw error(ref, "E033", "'" + ref + "' is outside the chain: it has " + chain.size()
                        + " revisions", "base is " + m.group(1) + "-" + (anchor + 1) + ", head is " + m.group(1) + "+"
                        + (chain.headPosition() - anchor));
            }
            return target;
        }
        return resolvePrefix(r, ref);
    }

    /** head, base, a full id or a tag; MIN_VALUE when it is none of these. */
    private int resolveSimple(String r, String ref) {
        if (r.equals("head")) {
            return chain.headPosition();
        }
        if (r.equals("base")) {
            return Chain.BASE;
        }
        var byId = chain.positionOf(r);
        if (byId.isPresent()) {
            return byId.get();
        }
        var byTag = chain.positionOfTag(r);
        return byTag.orElse(Integer.MIN_VALUE);
    }

    private int resolvePrefix(String r, String ref) {
        List<Revision> candidates = new ArrayList<>();
        for (Revision rev : chain.revisions()) {
            if (rev.id().startsWith(r)) {
                candidates.add(rev);
            }
        }
        if (candidates.size() == 1 && r.length() >= MIN_PREFIX) {
            return chain.positionOf(candidates.get(0).id()).orElseThrow();
        }
        if (candidates.size() == 1) {
            throw error(ref, "E034", "'" + ref + "' is too short a prefix (it matches only "
                    + candidates.get(0).id() + ")", "give at least " + MIN_PREFIX + " characters of the id");
        }
        if (candidates.size() > 1) {
            List<String> ids = candidates.stream().limit(10).map(c -> c.id() + " (" + c.message() + ")").toList();
            throw error(ref, "E035", "ambiguous revision prefix '" + ref + "' matches " + candidates.size()
                    + " revisions: " + String.join(", ", ids), "give more characters of the id");
        }
        throw error(ref, "E036", "unknown revision '" + ref + "': no id, id prefix or tag matches",
                "see 'sqlbundle history' for ids and tags; head and base are also accepted");
    }

    public Range range(String spec, Range.Direction direction, int defaultStart) {
        String s = spec.trim();
        int colon = s.indexOf(':');
        int from;
        int to;
        if (colon >= 0) {
            from = resolve(s.substring(0, colon));
            to = resolve(s.substring(colon + 1));
        } else {
            from = defaultStart;
            to = resolve(s);
        }
        if (direction == Range.Direction.UPGRADE && from > to) {
            throw error(spec, "E037", "upgrade range '" + spec + "' goes backwards (" + label(from) + " is after "
                    + label(to) + ")", "for a downgrade use the downgrade verb, or swap the ends");
        }
        if (direction == Range.Direction.DOWNGRADE && from < to) {
            throw error(spec, "E037", "downgrade range '" + spec + "' goes forwards (" + label(from) + " is before "
                    + label(to) + ")", "a downgrade range is <from>:<to> with <to> older, e.g. head:folsom");
        }
        return new Range(chain, from, to);
    }

    private String label(int position) {
        return position == Chain.BASE ? "base" : chain.at(position).id();
    }

    private static SqlbundleException error(String ref, String code, String message, String hint) {
        return SqlbundleException.badInput(Problem.of(SourcePos.ofFile("revision reference '" + ref + "'"), code,
                message, hint));
    }
}
