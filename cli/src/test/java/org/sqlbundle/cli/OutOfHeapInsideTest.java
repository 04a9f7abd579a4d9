package org.sqlbundle.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A run that ran out of heap is told as such whatever exception the heap error ended up wrapped in. */
class OutOfHeapInsideTest {

    @Test
    void theSelfSuppressionFailureOfAReusedHeapErrorIsStillOutOfHeap() {
        OutOfMemoryError preallocated = new OutOfMemoryError("Java heap space");
        IllegalArgumentException selfSuppression = assertThrowsSelfSuppression(preallocated);
        assertTrue(FailureHandler.outOfHeapInside(selfSuppression));
    }

    @Test
    void aHeapErrorSuppressedOrDeepInTheCausesCounts() {
        RuntimeException outer = new RuntimeException("close failed");
        outer.addSuppressed(new OutOfMemoryError());
        assertTrue(FailureHandler.outOfHeapInside(outer));
        assertTrue(FailureHandler.outOfHeapInside(new IllegalStateException(new RuntimeException(new OutOfMemoryError()))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(FailureHandler.outOfHeapInside(new IllegalStateException("bug", new UncheckedIOException(
                new java.io.IOException("disk")))));
    }

    private static IllegalArgumentException assertThrowsSelfSuppression(OutOfMemoryError error) {
        try {
            error.addSuppressed(error);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("addSuppressed(self) must fail");
    }
}
