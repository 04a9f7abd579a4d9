package org.sqlbundle.compiler.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> OPS = List.of("create_table", "drop_table", "drop_column", "add_column");

    @Test
    void distanceIsLevenshtein() {
        assertEquals(0, DidYouMean.distance("abc", "abc"));
        assertEquals(3, DidYouMean.distance("", "abc"));
        assertEquals(1, DidYouMean.distance("abc", "abd"));
        assertEquals(1, DidYouMean.distance("abc", "ab"));
        assertEquals(2, DidYouMean.distance("parnet", "parent"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }

    @Test
    void suggestsTheClosestWithinTheLimit() {
        assertEquals(Optional.of("drop_table"), DidYouMean.closest("drop_tabel", OPS));
        assertEquals(Optional.of("parent"), DidYouMean.closest("parnet", List.of("id", "parent", "message")));
        assertEquals(Optional.of("id"), DidYouMean.closest("ID", List.of("id", "parent")));
    }

    @Test
    void nothingWhenTooFar() {
        assertEquals(Optional.empty(), DidYouMean.closest("xyz", OPS));
        // a 2-letter word tolerates one edit, not two
        assertEquals(Optional.empty(), DidYouMean.closest("ab", List.of("xy")));
        assertEquals(Optional.of("ax"), DidYouMean.closest("ab", List.of("ax")));
    }

    @Test
    void tieBreaksAlphabetically() {
        assertEquals(Optional.of("abd"), DidYouMean.closest("abc", List.of("abe", "abd")));
    }

    @Test
    void hintFallsBackToTheSortedList() {
        assertEquals("did you mean 'add_column'?", DidYouMean.hint("add_colum", OPS));
        assertEquals("expected one of: add_column, create_table, drop_column, drop_table", DidYouMean.hint("zzz", OPS));
    }
}
