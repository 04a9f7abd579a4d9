package org.sqlbundle.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Function;

/**
 * A GC overhead limit for the serial collector the launcher picks (the JVM's own exists only for the parallel
 * one): a heap far too small makes a run collect garbage for minutes before the OutOfMemoryError comes. When
 * nearly all of the last {@link #WINDOW_SECONDS} seconds went to collections and the old generation stays
 * nearly full after them, the run is stopped with the heap advice instead.
 */
final class HeapWatch {

    static final int WINDOW_SECONDS = 5;
    private static final double GC_SHARE = 0.9;
    private static final double FULL_AFTER_GC = 0.95;

    private HeapWatch() {
    }

    /** A daemon thread that calls {@code onThrashing} (which returns the exit code) and exits the JVM. */
    static void start(Function<String, Integer> onThrashing) {
        Thread t = new Thread(() -> watch(onThrashing), "sqlbundle-heap-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void watch(Function<String, Integer> onThrashing) {
        try {
            watchUntilThrashing(onThrashing);
        } catch (OutOfMemoryError e) {
            // the heap ran out under this thread's own small allocations: the thread the run failed in reports it
            // with the advice, and an uncaught error here would print a stack trace beside that
        }
    }

    private static void watchUntilThrashing(Function<String, Integer> onThrashing) {
        // the management beans cost a short run (a compile from the result cache) CPU it would not otherwise spend,
        // and thrashing takes seconds to show: look only once the run has lasted a second
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            return;
        }
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        int busySeconds = 0;
        long last = gcTime(collectors);
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = gcTime(collectors);
            busySeconds = now - last >= GC_SHARE * 1000 ? busySeconds + 1 : 0;
            last = now;
            if (busySeconds >= WINDOW_SECONDS && fullAfterCollection(heapPools)) {
                System.exit(onThrashing.apply("over " + (int) (GC_SHARE * 100) + "% of the last " + WINDOW_SECONDS
                        + " s went to garbage collection with the heap still full"));
            }
        }
    }

    private static long gcTime(List<GarbageCollectorMXBean> collectors) {
        return collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionTime())).sum();
    }

    /** The old generation (the pool that still holds most after a collection) is nearly at its maximum. */
    private static boolean fullAfterCollection(List<MemoryPoolMXBean> pools) {
        for (MemoryPoolMXBean p : pools) {
            var after = p.getCollectionUsage();
            long max = p.getUsage().getMax();
            if (after != null && max > 0 && after.getUsed() >= FULL_AFTER_GC * max) {
                return true;
            }
        }
        return false;
    }
}
