package org.sqlbundle.cli.options;

import java.time.Duration;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/** {@code --connect-timeout SECONDS} of the online verbs and verify, checked the same way for both. */
public final class ConnectTimeoutOption {

    private ConnectTimeoutOption() {
    }

    public static Duration of(long seconds) {
        if (seconds < 0) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--connect-timeout"), "E079",
                    "--connect-timeout must not be negative", "give the seconds to wait, 0 to wait for ever"));
        }
        return Duration.ofSeconds(seconds);
    }
}
