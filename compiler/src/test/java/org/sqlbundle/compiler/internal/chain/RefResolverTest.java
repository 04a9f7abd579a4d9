package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** Positions in the linear fixture: 0 1a2b3c4d5e6f (folsom), 1 7f8e9d0c1b2a, 2 7f8e11112222 (grizzly),
 *  3 c0ffee000004, 4 d00d00000005 (havana); base is -1. */
class RefResolverTest {

    static Chain chain;

    @BeforeAll
    static void load() {
        chain = ChainLoader.load(ChainLoaderTest.LINEAR);
    }

    private static Problem failure(String ref) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> chain.resolve(ref));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        return e.problems().get(0);
    }

    private static Problem rangeFailure(String spec, Range.Direction direction) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> chain.range(spec, direction, 0));
        return e.problems().get(0);
    }

    private static List<String> steps(Range range) {
        return range.steps().stream().map(Revision::id).toList();
    }

    @Test
    void fullIdsTagsHeadAndBase() {
        assertEquals(0, chain.resolve("1a2b3c4d5e6f"));
        assertEquals(3, chain.resolve("c0ffee000004"));
        assertEquals(0, chain.resolve("folsom"));
        assertEquals(2, chain.resolve("grizzly"));
        assertEquals(4, chain.resolve("havana"));
        assertEquals(4, chain.resolve("head"));
        assertEquals(Chain.BASE, chain.resolve("base"));
        assertEquals(4, chain.resolve("  head "));
    }

    @Test
    void uniquePrefixOfAtLeastFourCharacters() {
        assertEquals(3, chain.resolve("c0ff"));
        assertEquals(1, chain.resolve("7f8e9"));
        assertEquals(2, chain.resolve("7f8e1"));
        assertEquals(0, chain.resolve("1a2b3c"));
    }

    @Test
    void tooShortPrefix() {
        Problem p = failure("c0f");
        assertEquals("E034", p.code());
        assertTrue(p.message().contains("too short a prefix (it matches only c0ffee000004)"), p.message());
        assertTrue(p.format().contains("revision reference 'c0f'"), p.format());
    }

    @Test
    void ambiguousPrefixListsCandidates() {
        Problem p = failure("7f8e");
        assertEquals("E035", p.code());
        assertTrue(p.message().contains("matches 2 revisions"), p.message());
        assertTrue(p.message().contains("7f8e9d0c1b2a (add members)"), p.message());
        assertTrue(p.message().contains("7f8e11112222 (member weight)"), p.message());
        assertEquals("E035", failure("7f").code());
    }

    @Test
    void unknownAndEmptyReferences() {
        Problem p = failure("deadbeef");
        assertEquals("E036", p.code());
        assertTrue(p.message().contains("unknown revision 'deadbeef'"), p.message());
        assertEquals("E036", failure("icehouse").code());
        assertEquals("E032", failure("  ").code());
    }

    @Test
    void relativeReferences() {
        assertEquals(2, chain.resolve("head-2"));
        assertEquals(4, chain.resolve("head-0"));
        assertEquals(Chain.BASE, chain.resolve("head-5"));
        assertEquals(1, chain.resolve("1a2b3c4d5e6f+1"));
        assertEquals(1, chain.resolve("folsom+1"));
        assertEquals(3, chain.resolve("c0ff+0"));
        assertEquals(0, chain.resolve("base+1"));
        assertEquals(4, chain.resolve("grizzly+2"));
        assertEquals(Chain.BASE, chain.resolve("grizzly-3"));
    }

    @Test
    void relativeOutsideTheChain() {
        Problem past = failure("head+1");
        assertEquals("E033", past.code());
        assertTrue(past.message().contains("'head+1' is outside the chain: it has 5 revisions"), past.message());
        assertEquals(java.util.Optional.of("base is head-5, head is head+0"), past.hint());
        Problem before = failure("folsom-2");
        assertEquals("E033", before.code());
        assertEquals(java.util.Optional.of("base is folsom-1, head is folsom+4"), before.hint());
        assertEquals("E033", failure("base-1").code());
        assertEquals("E036", failure("nothing+1").code());
    }

    @Test
    void upgradeRangeRunsOldestFirst() {
        Range r = chain.range("folsom:c0ffee000004", Range.Direction.UPGRADE, Chain.BASE);
        assertEquals(0, r.from());
        assertEquals(3, r.to());
        assertEquals(Range.Direction.UPGRADE, r.direction());
        assertEquals(List.of("7f8e9d0c1b2a", "7f8e11112222", "c0ffee000004"), steps(r));
        assertEquals("1a2b3c4d5e6f:c0ffee000004", r.toString());

        Range all = chain.range("base:head", Range.Direction.UPGRADE, 0);
        assertEquals(5, all.steps().size());
        assertTrue(all.startsAtBase());
        assertEquals("base", all.fromLabel());

        Range single = chain.range("grizzly", Range.Direction.UPGRADE, Chain.BASE);
        assertEquals(List.of("1a2b3c4d5e6f", "7f8e9d0c1b2a", "7f8e11112222"), steps(single));
        assertEquals(List.of(), steps(chain.range("head:head", Range.Direction.UPGRADE, 0)));
    }

    @Test
    void downgradeRangeRunsNewestFirst() {
        Range r = chain.range("head:folsom", Range.Direction.DOWNGRADE, 4);
        assertEquals(Range.Direction.DOWNGRADE, r.direction());
        assertEquals(List.of("d00d00000005", "c0ffee000004", "7f8e11112222", "7f8e9d0c1b2a"), steps(r));

        Range toBase = chain.range("grizzly:base", Range.Direction.DOWNGRADE, 4);
        assertEquals(List.of("7f8e11112222", "7f8e9d0c1b2a", "1a2b3c4d5e6f"), steps(toBase));
        assertEquals("base", toBase.toLabel());

        Range single = chain.range("head-1", Range.Direction.DOWNGRADE, 4);
        assertEquals(List.of("d00d00000005"), steps(single));
    }

    @Test
    void backwardsRangesAreRefused() {
        Problem up = rangeFailure("head:folsom", Range.Direction.UPGRADE);
        assertEquals("E037", up.code());
        assertTrue(up.message().contains("goes backwards (d00d00000005 is after 1a2b3c4d5e6f)"), up.message());
        Problem down = rangeFailure("base:head", Range.Direction.DOWNGRADE);
        assertEquals("E037", down.code());
        assertTrue(down.message().contains("goes forwards (base is before d00d00000005)"), down.message());
        assertEquals("E032", rangeFailure("head:", Range.Direction.DOWNGRADE).code());
        assertEquals("E036", rangeFailure("nope:head", Range.Direction.UPGRADE).code());
    }
}
