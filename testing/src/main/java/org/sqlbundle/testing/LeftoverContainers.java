package org.sqlbundle.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Asks the docker CLI for containers, running or stopped, that carry this run's label. */
public final class LeftoverContainers {

    private LeftoverContainers() {
    }

    public static String ids() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("docker", "ps", "-a", "-q", "--filter",
                "label=" + ContainerTestImages.RUN_LABEL + "=" + ContainerTestImages.RUN_ID)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), "docker ps failed: " + out);
        return out;
    }

    public static void assertNone() throws IOException, InterruptedException {
        assertEquals("", ids(), "containers this test run started are still there");
    }

    /**
     * The one end of every container test: closes what it started (targets, containers; nulls are ones that never
     * started), then proves no container of this run is left.
     */
    public static void removeAndAssertNone(AutoCloseable... started) throws Exception {
        for (AutoCloseable resource : started) {
            if (resource != null) {
                resource.close();
            }
        }
        assertNone();
    }
}
