package org.sqlbundle.maven;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sqlbundle.compiler.BundleSummary;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * {@code sqlbundle compile}: per dialect, {@code <outputDirectory>/<dialect>/upgrade.sql}, {@code downgrade.sql},
 * {@code bundle.json} and {@code MANIFEST.sha256} for the range; nothing is left behind on error.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class CompileMojo extends AbstractSqlbundleMojo {

    @Parameter(property = "sqlbundle.outputDirectory", defaultValue = "${project.build.directory}/sqlbundle")
    File outputDirectory;

    /** START:END; upgrade.sql goes START to END, downgrade.sql back. */
    @Parameter(property = "sqlbundle.range", defaultValue = "base:head")
    String range;

    /** upgrade, downgrade or both. */
    @Parameter(property = "sqlbundle.direction", defaultValue = "both")
    String direction;

    @Override
    void run() {
        Compiler.Directions directions;
        try {
            directions = Compiler.Directions.valueOf(direction.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("<direction>"), "E067",
                    "unknown direction '" + direction + "'", "use upgrade, downgrade or both"));
        }
        Compiler compiler = loadCompiler();
        Compiler.CompileResult result = compiler.compile(dialectsOrAll(), range, directions, outputDirectory.toPath());
        for (Map.Entry<String, List<BundleSummary>> e : result.summaries().entrySet()) {
            for (BundleSummary s : e.getValue()) {
                long destructive = s.steps().stream().filter(st -> !st.destructive().isEmpty()).count();
                getLog().info(String.format(java.util.Locale.ROOT, "%-10s %-9s %s -> %s: %d revisions%s", e.getKey(), s.direction(),
                        s.from(), s.to(), s.steps().size(), destructive == 0 ? "" : ", " + destructive + " destructive"));
            }
        }
        getLog().info("sqlbundle wrote " + outputDirectory + " (chain fingerprint sha256:"
                + compiler.chain().fingerprint() + ")");
    }
}
