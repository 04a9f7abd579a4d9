package org.sqlbundle.verifier.internal.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scrubber masks the password where it stands as a token of its own, never inside another word. */
class ScrubTest {

    @Test
    void aPasswordInsideAWordLeavesTheWord() {
        assertEquals("org.testcontainers.containers.ContainerLaunchException: password *** refused",
                DriverConnections.scrub("org.testcontainers.containers.ContainerLaunchException: password test refused",
                        "test"));
    }

    @Test
    void everyWholeOccurrenceIsMasked() {
        assertEquals("user=app password=*** (***)", DriverConnections.scrub("user=app password=test (test)", "test"));
        assertEquals("jdbc://app:***@host", DriverConnections.scrub("jdbc://app:s3cret@host", "s3cret"));
    }

    @Test
    void aPasswordEdgedWithPunctuationIsMaskedWhateverItTouches() {
        assertEquals("x*** y***z", DriverConnections.scrub("x!pw# y!pw#z", "!pw#"));
    }

    @Test
    void regexCharactersInThePasswordAreLiteral() {
        assertEquals("a *** b a.c", DriverConnections.scrub("a a.*c b a.c", "a.*c"));
    }

    @Test
    void noPasswordLeavesTheText() {
        assertEquals("text", DriverConnections.scrub("text", null));
        assertEquals("text", DriverConnections.scrub("text", ""));
    }
}
