package org.sqlbundle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and Ctrl-C during a verify: the run says it was interrupted and exits 3 (infrastructure) once its
 * shutdown hooks have removed what it opened. Without this the JVM exits with the signal's status while the main
 * thread, whose connections the hooks close under it, prints whatever the driver says ("stmt pointer is closed").
 * The handlers are the verb's only while it runs: the previous ones come back after, so an embedding JVM keeps its own.
 */
public final class Interruption implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private static volatile boolean interrupted;

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private Interruption(String verb, PrintWriter err) {
        SignalHandler handler = signal -> {
            interrupted = true;
            err.println("error[E207]: " + verb + " interrupted by SIG" + signal.getName() + ": stopping; what the run "
                    + "opened (scratch databases, containers, files) is removed before it exits");
            err.println("hint: run it again; a run killed with SIGKILL instead leaves its scratch databases for "
                    + "'sqlbundle verify --cleanup'");
            err.flush();
            // the shutdown hooks (verify's Cleanup among them) run before the JVM ends with this status
            System.exit(3);
        };
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                previous.add(Signal.handle(signal, handler));
                signals.add(signal);
            } catch (IllegalArgumentException reservedByTheJvm) {
                // -Xrs or an embedding JVM keeps this signal: its own shutdown hooks still clean up
            }
        }
    }

    /** Installs the handlers until {@link #close()}. */
    public static Interruption during(String verb, PrintWriter err) {
        return new Interruption(verb, err);
    }

    /** Whether a signal ended the run: the main thread then reports nothing of its own (its errors are the signal's). */
    public static boolean happened() {
        return interrupted;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
