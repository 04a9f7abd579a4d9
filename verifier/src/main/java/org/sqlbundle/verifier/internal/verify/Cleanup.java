package org.sqlbundle.verifier.internal.verify;

import java.util.ArrayDeque;
import java.util.Deque;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Closes what a run opened (targets, scratch databases, the script directory), newest first, at the end of the run
 * and from a shutdown hook on Ctrl-C, so no container, scratch database or file outlives the run.
 */
public final class Cleanup implements AutoCloseable {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private boolean closing;
    private final Thread hook = new Thread(this::closeAll, "sqlbundle-verify-cleanup");

    public Cleanup() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Lists a resource for closing. Once closing has begun (a signal's shutdown hook runs while the verify thread goes
     * on), a resource opened after it is closed at once and the run stops here: otherwise it would outlive the run.
     */
    public <T extends AutoCloseable> T register(T resource) {
        synchronized (this) {
            if (!closing) {
                resources.push(resource);
                return resource;
            }
        }
        closeQuietly(resource);
        throw stopped();
    }

    static SqlbundleException stopped() {
        return new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                "verify stopped: its resources are being removed (interrupted)");
    }

    /**
     * Closes one resource now, then forgets it. Forgotten only once closed: a shutdown hook running meanwhile
     * closes it too (closing is idempotent) instead of finding nothing left and letting the JVM exit mid-drop.
     */
    public void release(AutoCloseable resource) {
        closeQuietly(resource);
        synchronized (this) {
            resources.remove(resource);
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and closes everything itself
        }
        closeAll();
    }

    /** Newest first; each stays listed until it is closed, whichever thread closes it. */
    private void closeAll() {
        synchronized (this) {
            closing = true;
        }
        while (true) {
            AutoCloseable next;
            synchronized (this) {
                next = resources.peek();
            }
            if (next == null) {
                return;
            }
            closeQuietly(next);
            synchronized (this) {
                resources.remove(next);
            }
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception ignored) {
            // best effort: one failed removal must not keep the others from running
        }
    }
}
