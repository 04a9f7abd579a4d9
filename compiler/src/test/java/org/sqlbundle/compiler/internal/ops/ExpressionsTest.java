package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpressionsTest {

    @Test
    void aNameIsMentionedOnlyAsAWholeWordIgnoringAsciiCase() {
        assertTrue(Expressions.mentions("price > 0", "price"));
        assertTrue(Expressions.mentions("PRICE > 0 AND qty > 0", "price"));
        assertTrue(Expressions.mentions("t.price>0", "price"));
        assertTrue(Expressions.mentions("(qty) < (price)", "price"));
        assertTrue(Expressions.mentions("price", "price"));
        assertFalse(Expressions.mentions("price_old > 0", "price"));
        assertFalse(Expressions.mentions("cheaprice > 0", "price"));
        assertFalse(Expressions.mentions("a1price > 0", "price"));
        assertFalse(Expressions.mentions("pric > 0", "price"));
        assertFalse(Expressions.mentions("", "price"));
        assertFalse(Expressions.mentions("note <> 'price' /* price */", "price"));
    }

    @Test
    void namesAreMatchedLiterallyNotAsPatterns() {
        assertTrue(Expressions.mentions("\"a.b\" > 0", "a.b"));
        assertFalse(Expressions.mentions("axb > 0", "a.b"));
        // only ASCII letters fold, as in the regex this replaced
        assertFalse(Expressions.mentions("\u00c9t\u00e9 > 0", "\u00e9t\u00e9"));
    }

    @Test
    void aRenameChangesNamesButNotLiteralsCommentsOrLongerWords() {
        assertEquals("w > 0 and t.w < 9 and \"w\" <> 1 and note <> 'weight' and weight_old > 0 and weight$x > 0",
                Expressions.renameIdentifier("weight > 0 and t.weight < 9 and \"weight\" <> 1 and note <> 'weight'"
                        + " and weight_old > 0 and weight$x > 0", "weight", "w"));
    }
}
