package org.sqlbundle.online.internal;

import java.time.Duration;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.online.Database;

/** The one message every lock kind gives when another run holds the lock for longer than the timeout. */
final class LockTimeouts {

    static final Duration POLL = Duration.ofMillis(100);

    private LockTimeouts() {
    }

    static SqlbundleException timedOut(Database database, String lockKind, Duration timeout) {
        return OnlineErrors.infrastructure(database.describe(), "E076", "another sqlbundle run holds the migration lock ("
                        + lockKind + "); gave up after waiting " + timeout.toSeconds() + "s",
                "wait for the other run to finish and run again, or raise --lock-timeout");
    }

    static SqlbundleException failed(Database database, String lockKind, String error) {
        return OnlineErrors.infrastructure(database.describe(), "E076", "cannot take the migration lock (" + lockKind
                + "): " + database.scrub(error), "check that the user may take this lock");
    }

    /** Sleeps one poll interval, or less when the deadline is nearer; false when the deadline has passed. */
    static boolean pause(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
