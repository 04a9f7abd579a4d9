package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.compiler.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Alembic's {@code downgrade}: with {@code --sql} the guarded downgrade script, newest revision first; with a
 * database ({@code --url}) the same script applied to it, revision by revision, from the version it is at.
 */
@Command(name = "downgrade", description = "Downgrade the database at --url to TARGET (or by --delta N), or with "
        + "--sql print the downgrade script from head to TARGET, or for FROM:TO.")
public final class DowngradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OnlineOptions online;

    @Mixin
    private AcceptEditedOptions acceptEdited;

    @Parameters(paramLabel = "TARGET", arity = "0..1",
            description = "base, a revision, head-N, or FROM:TO (e.g. head:folsom); online, FROM must be the database's.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (from head, or for FROM:TO).")
    private boolean sql;

    @Option(names = "--delta", paramLabel = "N", description = "Online: downgrade N revisions from the database's.")
    private Integer delta;

    @Option(names = "--dry-run", description = "Online: print the script the downgrade would run, change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        return OnlineRun.move(spec, online, acceptEdited, new OnlineRun.Move(Range.Direction.DOWNGRADE, target, delta, sql,
                dryRun));
    }
}
