package org.sqlbundle.cli.newrevision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewRevisionNamesTest {

    @Test
    void idsAreTwelveLowerCaseHexCharacters() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = NewRevisionNames.randomId(random);
            assertTrue(id.matches("[0-9a-f]{12}"), id);
            seen.add(id);
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void fileNameIsIdAndSlug() {
        assertEquals("abc_add_pools_table.yaml", NewRevisionNames.fileName("abc", "Add pools table!"));
        assertEquals("abc_creme_brulee.yaml", NewRevisionNames.fileName("abc", "Crème  brûlée"));
        assertEquals("abc.yaml", NewRevisionNames.fileName("abc", "✓ ---"));
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = NewRevisionNames.slug("add the members table with weights and admin state for lbaas");
        assertEquals("add_the_members_table_with_weights_and", slug);
        assertTrue(slug.length() <= 40);
        assertEquals("a".repeat(40), NewRevisionNames.slug("a".repeat(50)));
    }
}
