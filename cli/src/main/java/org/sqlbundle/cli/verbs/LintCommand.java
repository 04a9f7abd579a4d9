package org.sqlbundle.cli.verbs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.DialectsOptions;
import org.sqlbundle.cli.options.FeatureSetsOptions;
import org.sqlbundle.cli.options.SymmetryOptions;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintReport;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Linter;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Model-level lint: changes that compile but are risky on a database with rows, or for some dialect. */
@Command(name = "lint", description = "Report risky changes the compiler accepts: NOT NULL columns without default on "
        + "existing tables, names too long for a dialect, unparsed SQL, ... (see docs/lint.md).")
public final class LintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private DialectsOptions dialectsOptions;

    @Mixin
    private FeatureSetsOptions featureSets;

    @Mixin
    private SymmetryOptions symmetry;

    @Option(names = "--ignore", paramLabel = "CODES", split = ",",
            description = "Lint codes to skip everywhere, e.g. L004,L008 (per revision: lint: {ignore: [...]}).")
    private List<String> ignore = new ArrayList<>();

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too, not only on errors.")
    private boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    private String format;

    @Option(names = "--list", description = "List the rules and exit.")
    private boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("text") && !format.equals("json")) {
            throw SqlbundleException.badInput("--format must be text or json, not '" + format + "'");
        }
        if (list) {
            for (LintRule rule : Linter.rules()) {
                out.printf(Locale.ROOT, "%s  %-7s  %s%n", rule.code(), rule.severity().label(), rule.title());
            }
            return 0;
        }
        Chain chain = chainOptions.load();
        // every revision is linted in every feature set a site can enable; a finding several sets share counts once
        List<ChainModel> models = featureSets.build(chain, false);
        symmetry.enforce(models, spec.commandLine().getErr());
        LintReport report = Linter.lint(models, new LintScope(Set.copyOf(dialectsOptions.dialectsOrAll())), ignore);
        if (format.equals("json")) {
            out.println(json(report));
        } else {
            report.findings().forEach(f -> out.println(f.format()));
            out.printf(Locale.ROOT, "lint: %d error%s, %d warning%s in %d revisions%s%n", report.count(Severity.ERROR),
                    report.count(Severity.ERROR) == 1 ? "" : "s", report.count(Severity.WARNING),
                    report.count(Severity.WARNING) == 1 ? "" : "s", report.revisions(),
                    strict ? " (strict: warnings fail)" : "");
        }
        return report.fails(strict) ? 1 : 0;
    }

    private static String json(LintReport report) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("revisions", report.revisions());
        root.put("errors", report.count(Severity.ERROR));
        root.put("warnings", report.count(Severity.WARNING));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("code", f.code());
            n.put("severity", f.severity().label());
            n.put("revision", f.revisionId());
            n.put("file", f.pos().file());
            n.put("line", f.pos().line());
            n.put("column", f.pos().col());
            n.put("message", f.message());
            f.hint().ifPresent(h -> n.put("hint", h));
        }
        return mapper.writeValueAsString(root);
    }
}
