package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.SqlbundleException;

class ShardTest {

    @Test
    void theSlicesCoverEveryRangeExactlyOnceInOrder() {
        for (int length = 1; length <= 400; length++) {
            for (int count = 1; count <= Math.min(length, 64); count++) {
                int[] seen = new int[length];
                int next = 0;
                int smallest = Integer.MAX_VALUE;
                int largest = 0;
                for (int index = 1; index <= count; index++) {
                    Shard shard = new Shard(index, count);
                    assertEquals(next, shard.start(length), "slice " + shard + " of " + length + " starts where the "
                            + "one before ended");
                    int end = shard.end(length);
                    assertTrue(end > shard.start(length), "slice " + shard + " of " + length + " is not empty");
                    for (int offset = shard.start(length); offset < end; offset++) {
                        seen[offset]++;
                    }
                    smallest = Math.min(smallest, end - shard.start(length));
                    largest = Math.max(largest, end - shard.start(length));
                    next = end;
                }
                assertEquals(length, next, count + " slices of " + length + " end at the range's end");
                for (int offset = 0; offset < length; offset++) {
                    assertEquals(1, seen[offset], "revision " + (offset + 1) + " of " + length + " in " + count
                            + " slices");
                }
                assertTrue(largest - smallest <= 1, count + " slices of " + length + " are balanced");
            }
        }
    }

    @Test
    void largeRangesDoNotOverflow() {
        Shard last = new Shard(1_000, 1_000);
        assertEquals(2_000_000_000, last.end(2_000_000_000));
        assertEquals(1_998_000_000, last.start(2_000_000_000));
    }

    @Test
    void moreSlicesThanRevisionsLeaveSomeEmpty() {
        assertEquals(new Shard(1, 3).start(2), new Shard(1, 3).end(2), "the first of 3 slices of 2 revisions");
    }

    @Test
    void parsesIOverN() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1 / 1 "));
        assertEquals("3/8", Shard.parse("3/8").toString());
    }

    @Test
    void refusesAnythingElseAsBadInput() {
        for (String bad : new String[]{"0/4", "5/4", "2", "2/0", "-1/4", "a/b", "2/4/8", "", "99999999999/1"}) {
            SqlbundleException e = assertThrows(SqlbundleException.class, () -> Shard.parse(bad), bad);
            assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind(), bad);
            assertEquals("E090", e.problems().get(0).code(), bad);
        }
    }
}
