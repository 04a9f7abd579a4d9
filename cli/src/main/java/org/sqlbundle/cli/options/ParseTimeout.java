package org.sqlbundle.cli.options;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** The one reading of --sql-parse-timeout and its config key, so the option and sqlbundle.yaml accept the same. */
final class ParseTimeout {

    private ParseTimeout() {
    }

    /** A positive number of seconds, at most an hour, to the millisecond; empty for anything else. */
    static Optional<Duration> seconds(String text) {
        try {
            BigDecimal seconds = new BigDecimal(text.trim());
            long millis = seconds.movePointRight(3).longValueExact();
            return millis >= 1 && millis <= 3_600_000 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
