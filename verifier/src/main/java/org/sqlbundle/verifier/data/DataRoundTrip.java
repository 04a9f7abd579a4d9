package org.sqlbundle.verifier.data;

import java.sql.Connection;
import java.util.List;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.plan.PlannedOp;
import org.sqlbundle.compiler.render.Dialect;

/** Placeholder for the collaborator's class (replaced at merge). */
public final class DataRoundTrip {

    public DataRoundTrip(Dialect dialect) {
    }

    public SeededRows seed(Connection connection, Schema schema) {
        return new SeededRows();
    }

    public List<DataLoss> check(Connection connection, SeededRows rows, List<PlannedOp> appliedOps, Schema now) {
        return List.of();
    }
}
