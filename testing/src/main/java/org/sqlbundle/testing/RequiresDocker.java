package org.sqlbundle.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;

/**
 * Container tests need Docker. On CI (env CI=true) a missing Docker fails the class, so a broken runner can't
 * pass silently; on a developer machine it skips the class with a message saying why.
 */
public final class RequiresDocker implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (dockerAvailable()) {
            return;
        }
        String message = context.getDisplayName() + " needs Docker, which is not available";
        if (RequiredClient.onCi()) {
            throw new IllegalStateException(message + " (CI=true: container tests must run on CI)");
        }
        throw new TestAbortedException(message + "; skipped (set up Docker, see shared/containers/README.md)");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
