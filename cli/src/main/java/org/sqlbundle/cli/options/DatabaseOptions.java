package org.sqlbundle.cli.options;

import java.time.Duration;
import java.util.Optional;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.online.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The live database of the online verbs. Each setting comes from its option, else an environment variable,
 * else sqlbundle.yaml; the password never from the file itself, only from the variable it names
 * ({@code password_env}), so it stays out of files, shell history and {@code ps}.
 */
public final class DatabaseOptions {

    static final String URL_VARIABLE = "SQLBUNDLE_URL";
    static final String USER_VARIABLE = Credentials.USER_VARIABLE;
    static final String PASSWORD_VARIABLE = Credentials.PASSWORD_VARIABLE;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private final RunContext context;

    public DatabaseOptions(RunContext context) {
        this.context = context;
    }

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "The live database: jdbc:postgresql://host[:port]/db, jdbc:mysql:..., jdbc:mariadb:..., "
                    + "jdbc:sqlite:FILE or jdbc:h2:FILE (default: $" + URL_VARIABLE + ", then 'url' in sqlbundle.yaml).")
    private String url;

    @Option(names = "--user", paramLabel = "USER",
            description = "Database user (default: $" + USER_VARIABLE + ", then 'user' in sqlbundle.yaml).")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Database password. Prefer $" + PASSWORD_VARIABLE + " or 'password_env: VAR' in "
                    + "sqlbundle.yaml: a password on the command line shows in ps and in shell history.")
    private String password;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another run's migration lock before failing (default: "
                    + "${DEFAULT-VALUE}).")
    private long lockTimeoutSeconds;

    @FromConfig("connect_timeout")
    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long connecting and logging in to a database server may take before the run fails "
                    + "(exit 3); 0 waits for ever (default: 'connect_timeout' in sqlbundle.yaml, else ${DEFAULT-VALUE}).")
    private long connectTimeoutSeconds;

    /** Whether a database was given at all: the online verbs need one, the --sql ones don't. */
    public boolean given() {
        return urlText().isPresent();
    }

    /** The database; {@code dialect} is a --dialect the user typed (it may pick mysql or mariadb). */
    public Database database(Optional<Dialect> dialect) {
        String text = urlText().orElseThrow(() -> SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--url"),
                "E079", "no database given", "pass --url JDBC_URL, set $" + URL_VARIABLE + ", or put 'url:' in "
                        + "sqlbundle.yaml")));
        return Database.of(text, userName(), password(), dialect)
                .withConnectTimeout(ConnectTimeoutOption.of(connectTimeoutSeconds));
    }

    public Duration lockTimeout() {
        if (lockTimeoutSeconds < 0) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--lock-timeout"), "E079",
                    "--lock-timeout must not be negative", "give the seconds to wait, 0 to fail at once"));
        }
        return Duration.ofSeconds(lockTimeoutSeconds);
    }

    private Optional<String> urlText() {
        return first(url, URL_VARIABLE, "url");
    }

    private Optional<String> userName() {
        return Credentials.user(user, environment(), config());
    }

    private Optional<String> password() {
        return Credentials.password(password, environment(), config());
    }

    private Optional<String> first(String option, String variable, String configKey) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option);
        }
        return environment().variable(variable).or(() -> config().value(configKey));
    }

    private Environment environment() {
        return context.environment();
    }

    private ConfigFile config() {
        return context.config(mixee);
    }
}
