package org.sqlbundle.compiler.internal.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlbundle.compiler.BundleSummary;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.compiler.internal.render.DialectRenderer;

/** The content of a dialect's bundle.json, in a fixed key order so the file is byte-identical run to run. */
public final class BundleJson {

    private BundleJson() {
    }

    /** One script's entry: its file, hash and the revisions it runs. */
    public static Map<String, Object> file(String name, String sha256, BundleSummary s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", name);
        f.put("sha256", sha256);
        f.put("direction", s.direction());
        f.put("from", s.from());
        f.put("to", s.to());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (BundleSummary.Step step : s.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", step.id());
            m.put("message", step.message());
            m.put("applied", step.applied());
            m.put("statements", step.statements());
            m.put("destructive", step.destructive());
            steps.add(m);
        }
        f.put("revisions", steps);
        return f;
    }

    /** The whole document for one dialect; {@code up} is the compiled range in its upgrade direction. */
    public static Map<String, Object> bundle(ChainModel model, DialectRenderer renderer, BundleOptions options,
                                             Range up, List<Map<String, Object>> files) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("tool", "sqlbundle");
        b.put("toolVersion", ToolVersion.get());
        b.put("chain", model.chain().name());
        b.put("fingerprint", "sha256:" + model.chain().fingerprint());
        b.put("dialect", renderer.dialect().cliName);
        b.put("features", List.copyOf(model.features()));
        b.put("versionTable", options.versionTable());
        b.put("transactionalDdl", renderer.transactionalDdl());
        b.put("transactions", options.transactions().cliName);
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", up.fromLabel());
        range.put("to", up.toLabel());
        b.put("range", range);
        b.put("files", files);
        return b;
    }
}
