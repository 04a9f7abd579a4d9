package org.sqlbundle.cli.alembic;

import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.catalog.snapshot.Difference;

/**
 * Where Alembic's own --sql output does not build what the revision says, so the Alembic-built database differs
 * from the imported chain's: each entry names the revision, the server and the object, and why. A difference is
 * excused only on that server, for that object, while the database is at or above that revision; and the walk
 * fails if an entry's difference does not show at its revision, so this list can't outlive the fault.
 */
record AlembicFaults(List<Fault> faults) {

    /** {@code mustShow}: false only where the difference shows once the catalog reads what the fault is about. */
    record Fault(String revision, Dialect server, String object, String why, boolean mustShow) {
        Fault(String revision, Dialect server, String object, String why) {
            this(revision, server, object, why, true);
        }
    }

    static final AlembicFaults NETCORE = new AlembicFaults(List.of(
            new Fault("4b6d8f0a2cde", Dialect.POSTGRESQL, "enum port_status",
                    "op.alter_column(type_=sa.Enum(..., name='port_status')) on PostgreSQL renders only "
                            + "ALTER COLUMN status TYPE port_status: the existing type keeps its values, BUILD is "
                            + "never added (the imported add_enum_value adds it)"),
            new Fault("2f5b7d9e1a02", Dialect.MARIADB, "table tags / option",
                    "SQLAlchemy 1.4's mariadb dialect reads only mariadb_* table options: Alembic's --sql for mariadb "
                            + "creates tags without its mysql_engine/mysql_charset/mysql_collate (an online run through "
                            + "a mysql+pymysql URL keeps them, as does the imported chain). It shows where the MySQL "
                            + "catalog reads table options", false)));

    /** The faults that excuse a difference on {@code server} when the database is at {@code appliedIds}. */
    boolean excuses(Difference d, Dialect server, List<String> appliedIds) {
        return faults.stream().anyMatch(f -> f.server() == server && appliedIds.contains(f.revision())
                && d.object().startsWith(f.object()));
    }

    /** The faults a step to {@code revision} must show. */
    List<Fault> introducedBy(String revision, Dialect server) {
        return faults.stream().filter(f -> f.server() == server && f.revision().equals(revision) && f.mustShow())
                .toList();
    }
}
