package com.example.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan behind {@link PublicApiSurfaceTest}: it finds each kind of undocumented public member, and only those. */
class MissingJavadocTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryKindOfUndocumentedPublicMember() throws IOException {
        Path source = write("Api.java", """
                package p;
                /** Documented.
                 * @param a documented
                 */
                public record Api(int a, int b) {
                    public Api {
                    }
                    public Api(int a) {
                        this(a, 0);
                    }
                    public static final int LIMIT = 3;
                    public int twice() {
                        return 2 * a;
                    }
                    int hidden() {
                        return a;
                    }
                    public interface Listener {
                        void heard(String what);
                        /** Documented. */
                        default void done() {
                        }
                    }
                    public enum Mode { FAST, SLOW;
                        public String label() {
                            return name();
                        }
                    }
                    private static class Inner {
                        public void ignored() {
                        }
                    }
                }
                """);
        assertEquals(Set.of(
                "Api.java:5: Api.b: record component without @param",
                "Api.java:8: Api(int): no Javadoc",
                "Api.java:11: Api.LIMIT: no Javadoc",
                "Api.java:12: Api.twice(): no Javadoc",
                "Api.java:18: Listener: no Javadoc",
                "Api.java:19: Listener.heard(String): no Javadoc",
                "Api.java:24: Mode: no Javadoc",
                "Api.java:25: Mode.label(): no Javadoc"), MissingJavadoc.in(List.of(source)));
    }

    @Test
    void acceptsAFullyDocumentedType() throws IOException {
        Path source = write("Done.java", """
                package p;
                /** Documented. */
                public final class Done {
                    /** Documented. */
                    public static final String NAME = "done";
                    /** Documented. */
                    @Deprecated
                    public Done() {
                    }
                    private Done(int unused) {
                    }
                    /** Documented. */
                    @Override
                    public String toString() {
                        return NAME;
                    }
                }
                """);
        assertEquals(Set.of(), MissingJavadoc.in(List.of(source)));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
