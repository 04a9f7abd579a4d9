package org.sqlbundle.verifier.internal.verify;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what a run opened (targets, scratch databases, the script directory), newest first, at the end of the run
 * and from a shutdown hook on Ctrl-C, so no container, scratch database or file outlives the run.
 */
public final class Cleanup implements AutoCloseable {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Thread hook = new Thread(this::closeAll, "sqlbundle-verify-cleanup");

    public Cleanup() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public synchronized <T extends AutoCloseable> T register(T resource) {
        resources.push(resource);
        return resource;
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
