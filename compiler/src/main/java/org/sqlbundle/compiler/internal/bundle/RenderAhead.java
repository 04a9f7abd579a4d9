package org.sqlbundle.compiler.internal.bundle;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.sqlbundle.compiler.internal.concurrent.Futures;

/**
 * Renders a bundle's revisions ahead of its writer. The writer lays sections out through the templates and hashes
 * them on one thread; meanwhile the following chunks render on the other cores, so no core waits for the writer
 * (rendering a whole chunk and then writing it left one core idle for the writing). Results come back in chain order,
 * and only a few chunks are ever ahead, so memory stays bounded for any chain length. Rendering starts as soon as
 * this is made.
 */
final class RenderAhead<T> implements AutoCloseable {

    /** Renders [first, last) of the range's revisions. */
    interface Chunk<T> {
        T render(int first, int last);
    }

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * Shared by every bundle being written, so dialects written side by side don't multiply the threads. Its threads
     * end after a few idle seconds, so a library caller (a Maven build, a test JVM) keeps no render threads around
     * once compiling is over, and nothing needs shutting down.
     */
    private static final ExecutorService POOL = idleEndingPool();

    private static ExecutorService idleEndingPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread t = new Thread(runnable, "sqlbundle-render");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private final int total;
    private final int chunkSize;
    private final int window;
    private final Chunk<T> chunk;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
    private int submitted;

    RenderAhead(int total, int chunkSize, Chunk<T> chunk) {
        this.total = total;
        this.chunkSize = chunkSize;
        this.window = 2 * THREADS + 1;
        this.chunk = chunk;
        fill();
    }

    boolean hasNext() {
        fill();
        return !pending.isEmpty();
    }

    /** The next chunk's result, in order; waits for it if it is still rendering. */
    T next() {
        fill();
        Future<T> head = pending.poll();
        if (head == null) {
            throw new IllegalStateException("no chunk left");
        }
        T result = Futures.await(head);
        fill();
        return result;
    }

    private void fill() {
        while (pending.size() < window && submitted < total) {
            int first = submitted;
            int last = Math.min(total, first + chunkSize);
            pending.add(POOL.submit(() -> chunk.render(first, last)));
            submitted = last;
        }
    }

    /** Drops chunks nobody will write (the writer failed): queued ones never start; running ones only compute. */
    @Override
    public void close() {
        pending.forEach(task -> task.cancel(false));
        pending.clear();
    }
}
