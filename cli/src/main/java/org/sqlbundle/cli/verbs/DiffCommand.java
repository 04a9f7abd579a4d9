package org.sqlbundle.cli.verbs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.cli.drift.Drift;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Drift detection ({@code alembic check}, Flyway validate): the live schema against the model, read-only. */
@Command(name = "diff", description = "Compare the schema of the database at --url with the compiler's model at the "
        + "revision its version table records (or --at REV), naming every difference. Read-only. Exit 0 equal, "
        + "1 drift.")
public final class DiffCommand implements Callable<Integer> {

    /** The parts of a table a difference can name, longest first so "foreign key" is not read as a name. */
    private static final List<String> TABLE_PARTS = List.of("primary key", "foreign key", "column", "unique",
            "check", "index", "option");

    private static final String NOT_COMPARED = "(not compared)";

    @Spec
    private CommandSpec spec;

    @Mixin
    private OnlineOptions online;

    @Option(names = "--at", paramLabel = "REV",
            description = "Compare with the model at this revision instead of the database's recorded one.")
    private String at;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    private String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--format"), "E069",
                    "unknown format '" + format + "'", "use --format text or --format json"));
        }
        Optional<Dialect> typed = online.typedDialect();
        Drift drift = Drift.check(online.compiler(), online.database(typed), Optional.ofNullable(at));
        PrintWriter out = spec.commandLine().getOut();
        out.println(format.equals("json") ? json(drift) : text(drift));
        out.flush();
        return drift.drifted() ? 1 : 0;
    }

    private static String text(Drift drift) {
        String where = drift.database() + " against the model at " + drift.revisionLabel()
                + (drift.recorded() ? " (its recorded revision)" : " (--at)");
        if (!drift.drifted()) {
            return "no drift: " + where + ": the schema matches";
        }
        StringBuilder sb = new StringBuilder("drift: " + where + ": " + drift.differences().size()
                + " difference(s)\n");
        for (Difference d : drift.differences()) {
            sb.append(d.object()).append(":\n    model:    ").append(shown(d.expected())).append("\n    database: ")
                    .append(shown(d.actual())).append('\n');
        }
        sb.append("hint: undo the hand-made changes, or describe them in a revision ('sqlbundle revision -m ... "
                + "--autogenerate --url ...' at head)");
        return sb.toString();
    }

    /** A view's body (and some checks') can't be compared: the object is there, its text is not looked at. */
    private static String shown(String side) {
        return side.equals(NOT_COMPARED) ? "present (its text is not compared)" : side;
    }

    private static String json(Drift drift) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("database", drift.database());
        root.put("revision", drift.revisionLabel());
        root.put("recorded", drift.recorded());
        root.put("drift", drift.drifted());
        root.put("differences", drift.differences().stream().map(DiffCommand::difference).toList());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    /** The object path taken apart: {@code table pools / foreign key fk_x} is table pools, kind foreign key, name fk_x. */
    private static Map<String, Object> difference(Difference d) {
        Map<String, Object> out = new LinkedHashMap<>();
        String object = d.object();
        int slash = object.indexOf(" / ");
        String table = null;
        String part = object;
        if (slash >= 0) {
            table = object.substring("table ".length(), slash);
            part = object.substring(slash + 3);
        }
        String kind = part;
        String name = null;
        for (String k : slash >= 0 ? TABLE_PARTS : List.of("table", "enum", "view")) {
            if (part.equals(k) || part.startsWith(k + " ")) {
                kind = k;
                name = part.length() > k.length() ? part.substring(k.length() + 1) : null;
                break;
            }
        }
        out.put("object", object);
        out.put("kind", kind);
        out.put("table", table != null ? table : kind.equals("table") ? name : null);
        out.put("name", name);
        out.put("model", d.expected());
        out.put("database", d.actual());
        return out;
    }
}
