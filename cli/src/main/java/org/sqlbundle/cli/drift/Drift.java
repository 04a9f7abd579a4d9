package org.sqlbundle.cli.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.catalog.expect.LiveComparison;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.online.Database;
import org.sqlbundle.online.Migrator;
import org.sqlbundle.online.internal.OnlineErrors;

/**
 * {@code diff --url}: the live schema against the compiler's model at a revision, read-only. By default the
 * revision is the one the database's version table records, so a schema changed by hand shows before a
 * downgrade trips over it. It lives in the CLI, the one module that sees both the online runs (the recorded
 * version) and the verifier (the catalog reading): online/ does not depend on the verifier. The comparison is {@link LiveComparison}, the one the verifier and autogenerate use.
 *
 * @param database   the database, described without its password
 * @param position   the revision compared with ({@link Chain#BASE}: the empty schema)
 * @param revision   that revision, empty at base
 * @param recorded   whether {@code position} is the database's own version (not an {@code --at} given)
 * @param differences every difference, in name order; empty when the database is the model
 */
public record Drift(String database, int position, Optional<Revision> revision, boolean recorded,
                    List<Difference> differences) {

    /** Compares {@code database} with {@code compiler}'s model at {@code at}, or at its recorded version. */
    public static Drift check(Compiler compiler, Database database, Optional<String> at) {
        Migrator migrator = new Migrator(compiler, database, java.time.Duration.ZERO, (r, d) -> { });
        Chain chain = compiler.chain();
        int position = at.isPresent() ? chain.resolve(at.get()) : migrator.current().position();
        try (Connection c = database.open()) {
            List<Difference> differences = LiveComparison.read(c, database.dialect(),
                    compiler.model().schemaAt(position), migrator.versionTable()).differences();
            return new Drift(database.describe(), position,
                    position == Chain.BASE ? Optional.empty() : Optional.of(chain.at(position)), at.isEmpty(),
                    differences);
        } catch (SQLException e) {
            throw OnlineErrors.infrastructure(database.describe(), "E077", "cannot read the schema: "
                    + database.scrub(e.getMessage()), "check the database server");
        }
    }

    public boolean drifted() {
        return !differences.isEmpty();
    }

    /** {@code 3cb5d900c5de}, or {@code base}. */
    public String revisionLabel() {
        return revision.map(Revision::id).orElse("base");
    }
}
