package org.sqlbundle.compiler.internal.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, so that its failure reaches the caller as it was thrown. */
public final class Futures {

    private Futures() {
    }

    /**
     * The task's result. Its own exception is rethrown as it is (bad input keeps its problems and its kind),
     * not wrapped in an ExecutionException.
     */
    public static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
