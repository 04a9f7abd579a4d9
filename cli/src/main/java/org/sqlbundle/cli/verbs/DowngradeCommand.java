package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.MoveOptions;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.compiler.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    private MoveOptions move;

    @Override
    public Integer call() {
        OnlineRun.Move request = new OnlineRun.Move(Range.Direction.DOWNGRADE, target, move.delta, move.sql,
                move.dryRun);
        return OnlineRun.move(spec, online, acceptEdited, request);
    }
}
