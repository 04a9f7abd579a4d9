package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.util.List;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.cli.text.RevisionLine;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.online.CurrentVersion;
import org.sqlbundle.online.MigrationResult;
import org.sqlbundle.online.MigrationTarget;
import org.sqlbundle.online.Migrator;
import picocli.CommandLine.Model.CommandSpec;

/** What the online verbs share: the migrator for the database given, progress lines, the closing summary. */
final class OnlineRun {

    /** An upgrade or downgrade as typed: TARGET or --delta N, and whether --sql or --dry-run. */
    record Move(Range.Direction direction, String target, Integer delta, boolean sql, boolean dryRun) {

        String verb() {
            return direction == Range.Direction.UPGRADE ? "upgrade" : "downgrade";
        }
    }

    private OnlineRun() {
    }

    /** Reports each applied revision on stdout as it completes, so a long run shows where it is. */
    static Migrator migrator(CommandSpec spec, OnlineOptions online) {
        PrintWriter out = spec.commandLine().getOut();
        return online.migrator((revision, direction) -> {
            out.println((direction == Range.Direction.UPGRADE ? "upgraded   " : "downgraded ")
                    + RevisionLine.summary(revision, List.of()));
            out.flush();
        });
    }

    /**
     * upgrade and downgrade: with a database, the move from the version it is at (a dry run prints its script); with
     * --sql the script of the range, an upgrade from base, a downgrade from head.
     */
    static int move(CommandSpec spec, OnlineOptions online, AcceptEditedOptions acceptEdited, Move move) {
        PrintWriter out = spec.commandLine().getOut();
        if (!move.sql() && online.databaseGiven()) {
            Migrator migrator = migrator(spec, online);
            if (!move.dryRun()) { // a dry run changes nothing, not even a checksum
                acceptEdited.apply(migrator, out);
            }
            migrate(spec, migrator, OnlineTargets.of(move.direction(), move.target(), move.delta()), move.dryRun());
            return 0;
        }
        ScriptPrinter.requireSqlMode(move.sql(), move.verb());
        OnlineTargets.requireOfflineTarget(move.target(), move.delta(), move.verb());
        var dialect = online.dialect();
        Compiler compiler = online.compiler();
        int from = move.direction() == Range.Direction.UPGRADE ? Chain.BASE : compiler.chain().headPosition();
        ScriptPrinter.print(out, compiler.script(dialect, compiler.chain().range(move.target(), move.direction(), from)));
        return 0;
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
