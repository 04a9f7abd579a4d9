package org.sqlbundle.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Revision;

/** How history prints one revision: {@code id (markers) [tags] when:features message}, plus verbose details. */
public final class RevisionLine {

    private RevisionLine() {
    }

    /** One line; {@code markers} are words such as head or branchpoint, shown in parentheses after the id. */
    public static String summary(Revision revision, List<String> markers) {
        StringBuilder line = new StringBuilder(revision.id());
        for (String marker : markers) {
            line.append(" (").append(marker).append(')');
        }
        if (!revision.tags().isEmpty()) {
            line.append(" [").append(String.join(", ", revision.tags())).append(']');
        }
        if (!revision.features().isEmpty()) {
            line.append(" when:").append(String.join(",", revision.features()));
        }
        return line.append("  ").append(oneLine(revision.message())).toString();
    }

    /** The --verbose lines under a summary: parent, file and op counts. */
    public static List<String> details(Revision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("parent: " + revision.parent().orElse("none (base)"));
        lines.add("file:   " + revision.file());
        lines.add("ops:    " + revision.upgrade().size() + " upgrade, " + revision.downgrade()
                .map(d -> d.size() + " downgrade (explicit)").orElse("downgrade derived"));
        return lines;
    }

    /** Messages may span lines; a history line must not. */
    public static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
