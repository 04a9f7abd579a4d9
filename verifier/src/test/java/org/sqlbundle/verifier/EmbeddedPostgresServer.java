package org.sqlbundle.verifier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;

/** An embedded PostgreSQL for one test class: {@code @RegisterExtension static final EmbeddedPostgresServer ...}. */
public final class EmbeddedPostgresServer implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgresTarget target;

    @Override
    public void beforeAll(ExtensionContext context) {
        target = EmbeddedPostgresTarget.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        target.close();
    }

    public EmbeddedPostgresTarget target() {
        return target;
    }
}
