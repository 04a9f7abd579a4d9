package org.sqlbundle.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A DBA's command-line client (sqlite3, psql, mariadb) that a test runs bundles through. .ci/run installs them,
 * so on CI (env CI=true) a missing client fails the test; on a developer machine it skips with the install line.
 */
public final class RequiredClient {

    private RequiredClient() {
    }

    /** True when the environment says this is a CI run, where nothing a test needs may be skipped. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails (on CI) or skips the calling test unless {@code binary} is installed; {@code debianPackage} goes in the hint. */
    public static void require(String binary, String debianPackage) {
        if (Files.isExecutable(Path.of(binary))) {
            return;
        }
        String install = "apt-get install -y " + debianPackage;
        if (onCi()) {
            fail(binary + " is missing on CI; .ci/run installs it with: " + install);
        }
        Assumptions.assumeTrue(false, "skipped: " + binary + " is not installed (" + install + ")");
    }
}
