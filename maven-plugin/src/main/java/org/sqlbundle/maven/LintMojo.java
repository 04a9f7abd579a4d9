package org.sqlbundle.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintReport;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Linter;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.plan.ChainModel;

/**
 * {@code sqlbundle lint}: risky changes the compiler accepts (docs/lint.md), for the configured dialects. Every
 * revision is linted whatever features a site enables. Errors fail the build; warnings too with {@code strict}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class LintMojo extends AbstractSqlbundleMojo {

    /** Lint codes to skip everywhere, e.g. L004. */
    @Parameter(property = "sqlbundle.lint.ignore")
    List<String> ignore = new ArrayList<>();

    /** Fail on warnings too, not only on errors. */
    @Parameter(property = "sqlbundle.lint.strict", defaultValue = "false")
    boolean strict;

    @Override
    void run() throws MojoFailureException {
        Chain chain = ChainLoader.load(chainDir());
        Set<String> allFeatures = new LinkedHashSet<>();
        chain.revisions().forEach(r -> allFeatures.addAll(r.features()));
        LintReport report = Linter.lint(ChainModel.build(chain, allFeatures), new LintScope(Set.copyOf(dialectsOrAll())),
                ConfigFileValues.split(ignore));
        for (Finding finding : report.findings()) {
            for (String line : finding.format().lines().toList()) {
                if (finding.severity() == Severity.ERROR) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        String summary = String.format(java.util.Locale.ROOT, "lint: %d error%s, %d warning%s in %d revisions%s", report.count(Severity.ERROR),
                report.count(Severity.ERROR) == 1 ? "" : "s", report.count(Severity.WARNING),
                report.count(Severity.WARNING) == 1 ? "" : "s", report.revisions(),
                strict ? " (strict: warnings fail)" : "");
        if (report.fails(strict)) {
            throw new MojoFailureException("sqlbundle " + summary + "; the findings are listed above");
        }
        getLog().info("sqlbundle " + summary);
    }
}
