package org.sqlbundle.cli.alembic;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.testing.RequiresDocker;

/** {@code import} then {@code verify --target postgresql|mariadb} (postgres:15, mariadb:10.11) is SYMMETRIC. */
@ExtendWith(RequiresDocker.class)
class AlembicImportVerifyContainersIT {

    @TempDir
    static Path work;
    private static Path imported;

    @BeforeAll
    static void importChain() throws Exception {
        AlembicPython.require();
        imported = NetcoreChain.importInto(work);
    }

    @Test
    void postgres15() {
        ImportedVerify.assertSymmetric(work, imported, "postgresql", NetcoreChain.activeFeatures());
    }

    @Test
    void mariadb1011() {
        ImportedVerify.assertSymmetric(work, imported, "mariadb", NetcoreChain.activeFeatures());
    }
}
