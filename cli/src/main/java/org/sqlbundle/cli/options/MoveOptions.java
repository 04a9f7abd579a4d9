package org.sqlbundle.cli.options;

import picocli.CommandLine.Option;

/**
 * What {@code upgrade} and {@code downgrade} share besides the database: print the script instead ({@code --sql}),
 * move by a number of revisions, or show what a run would apply. The texts name the verb they are mixed into.
 */
public final class MoveOptions {

    @Option(names = "--sql", description = "Print the SQL instead of running it (the whole chain in this direction, "
            + "or the range given).")
    public boolean sql;

    @Option(names = "--delta", paramLabel = "N", description = "Online: ${COMMAND-NAME} N revisions from the "
            + "database's.")
    public Integer delta;

    @Option(names = "--dry-run", description = "Online: print the script the ${COMMAND-NAME} would run, change "
            + "nothing.")
    public boolean dryRun;
}
