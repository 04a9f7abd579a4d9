package org.sqlbundle.cli.options;

import java.util.Optional;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.online.Database;
import org.sqlbundle.online.MigrationListener;
import org.sqlbundle.online.Migrator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every verb on a live database takes (upgrade, downgrade, stamp, current, diff): the chain, how it compiles,
 * the one dialect and the database, so they all set up the same database and migrator the same way.
 */
public final class OnlineOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private CompileOptions compileOptions;

    @Mixin
    private SingleDialectOptions dialectOptions;

    @Mixin
    private DatabaseOptions databaseOptions;

    /** The chain loaded and compiled with the compile options. */
    public Compiler compiler() {
        return compileOptions.load(chainOptions);
    }

    public Dialect dialect() {
        return dialectOptions.dialect();
    }

    /** Whether a database was given at all: without one the verbs print SQL (--sql) or fail. */
    public boolean databaseGiven() {
        return databaseOptions.given();
    }

    /** The --dialect the user typed (not one from sqlbundle.yaml): it may pick mysql or mariadb for a URL. */
    public Optional<Dialect> typedDialect() {
        return ConfigDefaults.typed(mixee, "--dialect") ? Optional.of(dialect()) : Optional.empty();
    }

    /** The database; {@code typed} is {@link #typedDialect()}. */
    public Database database(Optional<Dialect> typed) {
        return databaseOptions.database(typed);
    }

    /** The compiled chain against the database, waiting --lock-timeout for another run's lock. */
    public Migrator migrator(MigrationListener listener) {
        Compiler compiler = compiler();
        return new Migrator(compiler, database(typedDialect()), databaseOptions.lockTimeout(), listener);
    }
}
