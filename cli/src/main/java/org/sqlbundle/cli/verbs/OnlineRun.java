package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.cli.options.DatabaseOptions;
import org.sqlbundle.cli.options.SingleDialectOptions;
import org.sqlbundle.cli.text.RevisionLine;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.chain.Range;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.online.CurrentVersion;
import org.sqlbundle.online.MigrationResult;
import org.sqlbundle.online.MigrationTarget;
import org.sqlbundle.online.Migrator;
import picocli.CommandLine.Model.CommandSpec;

/** What the online verbs share: the migrator for the database given, progress lines, the closing summary. */
final class OnlineRun {

    private OnlineRun() {
    }

    /** Reports each applied revision on stdout as it completes, so a long run shows where it is. */
    static Migrator migrator(CommandSpec spec, Compiler compiler, DatabaseOptions database,
                             SingleDialectOptions dialectOptions) {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Dialect> typed = spec.commandLine().getParseResult().hasMatchedOption("--dialect")
                ? Optional.of(dialectOptions.dialect()) : Optional.empty();
        return new Migrator(compiler, database.database(typed), database.lockTimeout(), (revision, direction) -> {
            out.println((direction == Range.Direction.UPGRADE ? "upgraded   " : "downgraded ")
                    + RevisionLine.summary(revision, List.of()));
            out.flush();
        });
    }

    /** Applies {@code target}, or with {@code dryRun} prints the script it would run (as --sql would). */
    static void migrate(CommandSpec spec, Migrator migrator, MigrationTarget target, boolean dryRun) {
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            ScriptPrinter.print(out, migrator.dryRun(target));
            return;
        }
        MigrationResult result = migrator.migrate(target);
        CurrentVersion now = migrator.current();
        if (result.applied().isEmpty()) {
            out.println("nothing to do: " + migrator.database().describe() + " is already at "
                    + now.describe(migrator.versionTable()));
        } else {
            out.println(result.applied().size() + " revision(s) applied to " + migrator.database().describe()
                    + "; now at " + now.describe(migrator.versionTable()));
        }
        out.flush();
    }
}
