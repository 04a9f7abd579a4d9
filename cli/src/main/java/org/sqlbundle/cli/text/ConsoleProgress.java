package org.sqlbundle.cli.text;

import java.io.PrintWriter;
import org.sqlbundle.verifier.ProgressListener;

/**
 * verify's and compile's progress on stderr: on a terminal one line rewritten in place with \r, otherwise (CI logs,
 * pipes) one plain line per step, since a log file cannot take carriage returns. Synchronized: compile reports
 * from the threads writing dialects side by side.
 */
public final class ConsoleProgress implements ProgressListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final String doing;
    private int lastWidth;

    public ConsoleProgress(PrintWriter err, boolean terminal) {
        this(err, terminal, "verifying");
    }

    /** {@code doing} starts every line: "verifying", "compiling". */
    public ConsoleProgress(PrintWriter err, boolean terminal, String doing) {
        this.err = err;
        this.terminal = terminal;
        this.doing = doing;
    }

    /** Java knows only whether stdin and stdout are a terminal; that is the interactive case worth the \r. */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void step(int number, int total, String revision) {
        show(doing + " " + number + "/" + total + " " + revision);
    }

    @Override
    public synchronized void phase(String description) {
        show(doing + ": " + description);
    }

    @Override
    public synchronized void finished() {
        if (terminal && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }

    private void show(String line) {
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
