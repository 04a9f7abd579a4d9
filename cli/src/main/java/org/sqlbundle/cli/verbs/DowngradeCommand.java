package org.sqlbundle.cli.verbs;

import org.sqlbundle.compiler.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Alembic's {@code downgrade}: with {@code --sql} the guarded downgrade script, newest revision first; with a
 * database ({@code --url}) the same script applied to it, revision by revision, from the version it is at.
 */
@Command(name = "downgrade", description = "Downgrade the database at --url to TARGET (or by --delta N), or with "
        + "--sql print the downgrade script from head to TARGET, or for FROM:TO.")
public final class DowngradeCommand extends MoveCommand {

    @Parameters(paramLabel = "TARGET", arity = "0..1",
            description = "base, a revision, head-N, or FROM:TO (e.g. head:folsom); online, FROM must be the database's.")
    private String target;

    @Override
    Range.Direction direction() {
        return Range.Direction.DOWNGRADE;
    }

    @Override
    String target() {
        return target;
    }
}
