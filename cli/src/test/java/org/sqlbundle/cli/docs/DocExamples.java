package org.sqlbundle.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example commands of a Markdown page, as docs/cli.md describes them: every line of a fenced {@code bash},
 * {@code sh} or {@code shell} block that runs sqlbundle ({@code bin/sqlbundle}, {@code ../../bin/sqlbundle} or
 * {@code sqlbundle}). A {@code text} block right after such a block is the output of its last command. HTML comments
 * right before a block steer it: {@code <!-- not-run: reason -->} leaves it out (the reason is reported), and
 * {@code <!-- exit: N -->} says its commands end with exit code N instead of 0.
 */
public final class DocExamples {

    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern NOT_RUN = Pattern.compile("^\\s*<!--\\s*not-run:\\s*(.+?)\\s*-->\\s*$");
    private static final Pattern EXIT = Pattern.compile("^\\s*<!--\\s*exit:\\s*(\\d+)\\s*-->\\s*$");
    private static final Pattern SQLBUNDLE = Pattern.compile("(^|[\\s;&|(])((\\.\\./)*bin/)?sqlbundle(\\s|$)");
    private static final List<String> SHELLS = List.of("bash", "sh", "shell");

    /** One example command: where it is written, the line as written, what it must print and exit with. */
    public record Command(String file, int line, String text, Optional<List<String>> expectedOutput, int exitCode) {
        public String where() {
            return file + ":" + line;
        }
    }

    /** A shell block left out on purpose, with the reason its marker gives. */
    public record Excluded(String file, int line, String reason) {
    }

    /** What a page holds: the commands to run, in order, and the blocks excluded. */
    public record Page(List<Command> commands, List<Excluded> excluded) {
    }

    private DocExamples() {
    }

    public static Page parse(String file, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Command> commands = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        Optional<String> notRun = Optional.empty();
        OptionalInt exit = OptionalInt.empty();
        int lastShellBlockEnd = -2;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher marker = NOT_RUN.matcher(line);
            Matcher exitMarker = EXIT.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (marker.matches()) {
                notRun = Optional.of(marker.group(1));
            } else if (exitMarker.matches()) {
                exit = OptionalInt.of(Integer.parseInt(exitMarker.group(1)));
            } else if (fence.matches()) {
                String lang = fence.group(1).toLowerCase(java.util.Locale.ROOT);
                int end = closingFence(lines, i);
                List<String> body = lines.subList(i + 1, end);
                if (SHELLS.contains(lang)) {
                    if (notRun.isPresent()) {
                        excluded.add(new Excluded(file, i + 1, notRun.get()));
                    } else {
                        int before = commands.size();
                        for (int k = 0; k < body.size(); k++) {
                            if (runsSqlbundle(body.get(k))) {
                                commands.add(new Command(file, i + 2 + k, body.get(k).strip(), Optional.empty(),
                                        exit.orElse(0)));
                            }
                        }
                        // an output block belongs to this block's last command, so only to a block that has one
                        lastShellBlockEnd = commands.size() > before ? end : -2;
                    }
                } else if (lang.equals("text") && onlyBlankBetween(lines, lastShellBlockEnd, i)) {
                    Command last = commands.remove(commands.size() - 1);
                    commands.add(new Command(last.file(), last.line(), last.text(), Optional.of(List.copyOf(body)),
                            last.exitCode()));
                    lastShellBlockEnd = -2;
                }
                notRun = Optional.empty();
                exit = OptionalInt.empty();
                i = end;
            } else if (!line.isBlank()) {
                // a marker belongs to the block right after it, nothing in between but blank lines
                notRun = Optional.empty();
                exit = OptionalInt.empty();
            }
        }
        return new Page(commands, excluded);
    }

    static boolean runsSqlbundle(String line) {
        String code = line.strip();
        return !code.startsWith("#") && SQLBUNDLE.matcher(code).find();
    }

    private static int closingFence(List<String> lines, int open) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).strip().startsWith("```")) {
                return j;
            }
        }
        throw new IllegalArgumentException("unclosed code block at line " + (open + 1));
    }

    private static boolean onlyBlankBetween(List<String> lines, int from, int to) {
        if (from < 0) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            if (!lines.get(j).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code output} is what the doc shows: line by line, trailing spaces ignored; a line {@code ...} stands
     * for any number of lines, and a line ending in {@code ...} for any line starting with the text before it.
     */
    public static boolean matches(List<String> expected, List<String> output) {
        return matches(expected, 0, output, 0);
    }

    private static boolean matches(List<String> expected, int e, List<String> output, int o) {
        if (e == expected.size()) {
            return o == output.size();
        }
        String want = expected.get(e).stripTrailing();
        if (want.strip().equals("...")) {
            for (int skip = o; skip <= output.size(); skip++) {
                if (matches(expected, e + 1, output, skip)) {
                    return true;
                }
            }
            return false;
        }
        if (o == output.size()) {
            return false;
        }
        String got = output.get(o).stripTrailing();
        boolean same = want.endsWith("...") ? got.startsWith(want.substring(0, want.length() - 3).stripTrailing())
                : got.equals(want);
        return same && matches(expected, e + 1, output, o + 1);
    }
}
