package org.sqlbundle.cli.options;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Where a database user and password come from, the same for the online verbs and verify: the option, else
 * $SQLBUNDLE_USER / $SQLBUNDLE_PASSWORD, else sqlbundle.yaml ('user', and 'password_env' naming the variable
 * that holds the password: the password itself never sits in the file).
 */
public final class Credentials {

    static final String USER_VARIABLE = "SQLBUNDLE_USER";
    static final String PASSWORD_VARIABLE = "SQLBUNDLE_PASSWORD";
    /** The POSIX convention for environment variable names; one with lower case is never echoed, as most passwords have some. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private Credentials() {
    }

    public static Optional<String> user(String option, Environment environment, ConfigFile config) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option);
        }
        return environment.variable(USER_VARIABLE).or(() -> config.value("user"));
    }

    /** Every password found is registered with {@link Secrets}, so no error message can print it. */
    public static Optional<String> password(String option, Environment environment, ConfigFile config) {
        Optional<String> found = find(option, environment, config);
        found.ifPresent(Secrets::register);
        return found;
    }

    private static Optional<String> find(String option, Environment environment, ConfigFile config) {
        if (option != null && !option.isEmpty()) {
            return Optional.of(option);
        }
        Optional<String> fromVariable = environment.variable(PASSWORD_VARIABLE);
        if (fromVariable.isPresent()) {
            return fromVariable;
        }
        Optional<String> named = config.value("password_env");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> value = environment.variable(named.get());
        if (value.isPresent()) {
            return value;
        }
        // a name with lower case letters is most likely the password itself, typed where its variable's name belongs
        boolean plainName = VARIABLE_NAME.matcher(named.get()).matches();
        if (!plainName) {
            Secrets.register(named.get());
        }
        throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(config.source()), "E079",
                plainName ? "password_env names $" + named.get() + ", which is not set"
                        : "password_env names a variable that is not set (its value is not shown: it may be the "
                        + "password itself)",
                "export the variable password_env names with the database password, or remove password_env; "
                        + "password_env holds the variable's name, never the password"));
    }
}
