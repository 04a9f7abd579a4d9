package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.PortableType;

/** Seeded values of a bounded text fit its bytes (TINYTEXT holds 255), still unique per seed; unbounded stays long. */
class BoundedTextValueTest {

    private static String text(String type, long n) {
        return (String) ValueGenerator.value(PortableType.parse(type), "description", n, n, false, List.of()).bind();
    }

    @Test
    void aBoundedTextSeedFitsItsBytes() {
        for (long n : new long[] {1, 2, 999_999}) {
            assertTrue(text("text(255)", n).getBytes(StandardCharsets.UTF_8).length <= 255, text("text(255)", n));
            assertTrue(text("text(10)", n).getBytes(StandardCharsets.UTF_8).length <= 10, text("text(10)", n));
        }
        assertNotEquals(text("text(10)", 1), text("text(10)", 2));
        assertEquals(text("text", 7), text("text(65535)", 7));
        assertTrue(text("text", 7).length() > 300, text("text", 7));
    }
}
