package org.sqlbundle.cli.options;

import java.util.Optional;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SourcePos;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * Where a database user and password come from, the same for the online verbs and verify: the option, else
 * $SQLBUNDLE_USER / $SQLBUNDLE_PASSWORD, else sqlbundle.yaml ('user', and 'password_env' naming the variable
 * that holds the password: the password itself never sits in the file).
 */
public final class Credentials {

    static final String USER_VARIABLE = "SQLBUNDLE_USER";
    static final String PASSWORD_VARIABLE = "SQLBUNDLE_PASSWORD";

    private Credentials() {
    }

    public static Optional<String> user(String option, Environment environment, ConfigFile config) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option);
        }
        return environment.variable(USER_VARIABLE).or(() -> config.value("user"));
    }

    public static Optional<String> password(String option, Environment environment, ConfigFile config) {
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
        return Optional.of(environment.variable(named.get()).orElseThrow(() -> SqlbundleException.badInput(
                Problem.of(SourcePos.ofFile(config.source()), "E079", "password_env names $" + named.get()
                        + ", which is not set", "export " + named.get() + " with the database password, or "
                        + "remove password_env"))));
    }
}
