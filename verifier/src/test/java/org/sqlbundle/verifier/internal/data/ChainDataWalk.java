package org.sqlbundle.verifier.internal.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * Walks a chain one revision at a time with data, the way the verifier does: seed at i-1, upgrade to i,
 * check, downgrade to i-1, check, upgrade to i again to move on. Every script must run on the populated
 * tables (a refusal throws); the result lists each check's losses next to the step's destructive reasons.
 */
final class ChainDataWalk {

    static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();

    /** One check: after the upgrade (up=true) or after the downgrade of revision {@code id}. */
    record Step(String id, boolean up, List<String> destructiveReasons, List<DataLoss> losses, SeededRows seeded) {

        /** Data lost where the step says nothing is lost: what the verifier fails on. */
        boolean undeclaredLoss() {
            return !losses.isEmpty() && destructiveReasons.isEmpty();
        }

        @Override
        public String toString() {
            return id + (up ? " upgrade" : " downgrade") + " declared=" + destructiveReasons + " losses="
                    + losses.stream().map(DataLoss::format).toList();
        }
    }

    private ChainDataWalk() {
    }

    static List<Step> walk(Target target, Path chainDir, List<String> features) throws SQLException {
        Compiler compiler = Compiler.configure().chainDir(chainDir).features(features).load();
        Chain chain = compiler.chain();
        ChainModel model = compiler.model();
        DataRoundTrip data = new DataRoundTrip(target.dialect());
        List<Step> steps = new ArrayList<>();
        try (Connection c = target.openConnection()) {
            JdbcReplay replay = new JdbcReplay(target.dialect());
            for (int i = 0; i < chain.size(); i++) {
                RevisionPlan plan = model.plan(i);
                String id = chain.at(i).id();
                String up = compiler.script(target.dialect(), chain.range(i - 1, i));
                SeededRows rows = data.seed(c, model.schemaAt(i - 1));
                replay.run(c, id + "-upgrade.sql", up);
                steps.add(new Step(id, true, plan.destructiveReasons(true),
                        data.check(c, rows, plan.upgrade(), model.schemaAt(i)), rows));
                replay.run(c, id + "-downgrade.sql", compiler.script(target.dialect(), chain.range(i, i - 1)));
                List<PlannedOp> both = new ArrayList<>(plan.upgrade());
                both.addAll(plan.downgrade());
                List<String> declared = new ArrayList<>(plan.destructiveReasons(true));
                declared.addAll(plan.destructiveReasons(false));
                steps.add(new Step(id, false, declared, data.check(c, rows, both, model.schemaAt(i - 1)), rows));
                replay.run(c, id + "-upgrade-again.sql", up);
            }
        }
        return steps;
    }
}
