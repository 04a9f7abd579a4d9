package org.sqlbundle.online;

import java.time.Duration;
import java.util.Optional;
import org.sqlbundle.compiler.Range;

/**
 * The process {@link MariadbCrashIT} kills: upgrades the datafix chain to head on the database at {@code args[0]}
 * as {@code args[1]} (password in SQLBUNDLE_PASSWORD), printing "ready" once the chain is loaded and each
 * revision as it completes, so the test can time its kill -9 from the start of the migration.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        Database db = Database.of(args[0], Optional.of(args[1]), Optional.ofNullable(System.getenv("SQLBUNDLE_PASSWORD")),
                Optional.empty());
        Migrator migrator = new Migrator(BundleRaceClientTest.datafix(), db, Duration.ofSeconds(60),
                (revision, direction) -> System.out.println("applied " + revision.id()));
        System.out.println("ready");
        System.out.flush();
        migrator.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head"));
        System.out.println("done");
    }
}
