package org.sqlbundle.compiler.internal.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sqlbundle.compiler.internal.concurrent.Futures;

/**
 * Runs independent tasks on every core and returns their results in the order given. A failing task's own
 * exception is rethrown as it is (bad input keeps its problems and kind), but only after every task has
 * finished: a caller that cleans up after a failure must not race a task still writing.
 */
public final class SideBySide {

    private SideBySide() {
    }

    public static <T> List<T> run(List<Callable<T>> tasks) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "sqlbundle-side-by-side");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> pending = new ArrayList<>(tasks.size());
            tasks.forEach(task -> pending.add(pool.submit(task)));
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> task : pending) {
                results.add(Futures.await(task));
            }
            return results;
        } finally {
            awaitAll(pool);
        }
    }

    private static void awaitAll(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
