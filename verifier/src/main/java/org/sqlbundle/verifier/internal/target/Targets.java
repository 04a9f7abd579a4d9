package org.sqlbundle.verifier.internal.target;

import java.util.Locale;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.TargetOptions;

/** Opens a target from its CLI spelling: sqlite, h2, embedded-postgresql, postgresql, mariadb, mysql or a jdbc: URL. */
public final class Targets {

    public static final String SPECS = "sqlite, h2, embedded-postgresql, postgresql, mariadb, mysql, jdbc:...";

    private Targets() {
    }

    public static Target open(String spec, TargetOptions options) {
        String trimmed = spec.trim();
        if (trimmed.startsWith("jdbc:")) {
            return JdbcUrlTarget.open(trimmed, options.user().orElse(null), options.password().orElse(null),
                    options.allowNonEmpty(), options.connectTimeout());
        }
        switch (trimmed.toLowerCase(Locale.ROOT)) {
            case "sqlite":
                return SqliteTarget.create();
            case "h2":
                return H2Target.create();
            case "embedded-postgresql":
                return EmbeddedPostgresTarget.start();
            case "postgresql":
            case "postgres":
                return ContainerTarget.start(ContainerEngine.POSTGRESQL, options);
            case "mariadb":
                return ContainerTarget.start(ContainerEngine.MARIADB, options);
            case "mysql":
                return ContainerTarget.start(ContainerEngine.MYSQL, options);
            default:
                throw SqlbundleException.badInput("unknown target '" + trimmed + "'; expected one of " + SPECS);
        }
    }
}
