package org.sqlbundle.compiler.internal.render.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnNameQuotingTest {

    @Test
    void quotesColumnsButNotLiteralsQuotedNamesOrOtherWords() {
        String out = ColumnNameQuoting.quoteColumns("weight >= 0 and note <> 'weight''s note' and \"weight\" < LENGTH(note2)",
                Set.of("weight", "note"), n -> "\"" + n + "\"");
        assertEquals("\"weight\" >= 0 and \"note\" <> 'weight''s note' and \"weight\" < LENGTH(note2)", out);
    }

    @Test
    void wordsInsideCommentsAndDollarStringsAreNotNamesAndNumbersAreNotWords() {
        String out = ColumnNameQuoting.quoteColumns("e5 > 1e5 /* weight */ and note <> $$note$$ -- weight",
                Set.of("weight", "note", "e5"), n -> "\"" + n + "\"");
        assertEquals("\"e5\" > 1e5 /* weight */ and \"note\" <> $$note$$ -- weight", out);
    }
}
