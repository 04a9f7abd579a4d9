package org.sqlbundle.compiler.internal.bundle;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.BundleSummary;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Progress;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.TransactionMode;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.History;
import org.sqlbundle.compiler.internal.render.SqlComments;

/**
 * Writes one bundle script (one dialect, one direction, one range) through the templates:
 * header, version table (upgrades from base), guard, one section per revision with its stamp, footer.
 * Sections stream to the writer one at a time, so a 10,000-revision bundle never sits in memory whole.
 */
public final class BundleWriter {

    /** Revisions per rendering task: small enough that the writer rarely waits for the first one. */
    private static final int CHUNK = 64;

    private final ChainModel model;
    private final DialectRenderer renderer;
    private final BundleOptions options;
    private final TemplateSet templates;
    private final History history;

    public BundleWriter(ChainModel model, DialectRenderer renderer, BundleOptions options, TemplateSet templates) {
        this.model = model;
        this.renderer = renderer;
        this.options = options;
        this.templates = templates;
        this.history = new History(renderer, options.versionTable());
    }

    public BundleSummary write(Range range, Writer out) {
        return write(range, out, Progress.NONE);
    }

    /** As {@link #write(Range, Writer)}, reporting each revision written to {@code progress}. */
    public BundleSummary write(Range range, Writer out, Progress progress) {
        boolean up = range.direction() == Range.Direction.UPGRADE;
        List<Revision> steps = range.steps();
        Map<String, Object> bundle = CommentValues.of(bundleValues(range, up, steps));
        List<BundleSummary.Step> summary = new ArrayList<>(steps.size());
        // revisions start rendering now, while this thread lays out the header (long: it lists every revision)
        try (RenderAhead<List<Section>> ahead = new RenderAhead<>(steps.size(), CHUNK,
                (first, last) -> sections(steps, first, last, up, bundle))) {
            templates.merge("header.vm", Map.of("bundle", bundle), out);
            // its own template, so a custom guard.vm can't leave the session settings or the history table out
            List<String> prologue = new ArrayList<>(renderer.sessionStart());
            prologue.addAll(history.create());
            templates.merge("prologue.vm", Map.of("bundle", bundle, "statements", prologue), out);
            if (up && range.startsAtBase()) {
                templates.merge("version-table.vm", Map.of("bundle", bundle,
                        "statements", renderer.createVersionTable(options.versionTable())), out);
            }
            templates.merge("guard.vm", Map.of("bundle", bundle, "statements", guard(range)), out);
            while (ahead.hasNext()) {
                for (Section section : ahead.next()) {
                    if (section.failure() != null) {
                        throw section.failure();
                    }
                    write(out, section.text());
                    summary.add(section.step());
                    if (Progress.due(summary.size(), steps.size())) {
                        progress.step(summary.size(), steps.size(), renderer.dialect().cliName + " "
                                + (up ? "upgrade " : "downgrade ") + section.step().id());
                    }
                }
            }
        }
        templates.merge("footer.vm", Map.of("bundle", bundle), out);
        flush(out);
        return new BundleSummary(renderer.dialect().cliName, up ? "upgrade" : "downgrade", range.fromLabel(),
                range.toLabel(), summary);
    }

    private List<Section> sections(List<Revision> steps, int first, int last, boolean up, Map<String, Object> bundle) {
        List<Section> sections = new ArrayList<>(last - first);
        for (int k = first; k < last; k++) {
            sections.add(section(steps.get(k), up, k + 1, steps.size(), bundle));
        }
        return sections;
    }

    /** A revision laid out by revision.vm with its summary line, or why rendering failed. */
    private record Section(String text, BundleSummary.Step step, RuntimeException failure) {
    }

    /**
     * Renders and lays out one revision; runs on any thread. A failure is kept and rethrown by the writer in chain
     * order, so the first failing revision is the one reported whatever thread rendered it.
     */
    private Section section(Revision r, boolean up, int number, int count, Map<String, Object> bundle) {
        try {
            RevisionPlan plan = model.plan(model.chain().positionOf(r.id()).orElseThrow());
            Map<String, Object> rev = CommentValues.of(revisionValues(plan, up, number, count));
            StringWriter text = new StringWriter(1024);
            templates.merge("revision.vm", Map.of("bundle", bundle, "rev", rev), text);
            BundleSummary.Step step = new BundleSummary.Step(r.id(), r.message(), plan.applied(),
                    (Integer) rev.get("statementCount"), plan.destructiveReasons(up));
            return new Section(text.toString(), step, null);
        } catch (RuntimeException e) {
            return new Section(null, null, e);
        }
    }

    private Map<String, Object> bundleValues(Range range, boolean up, List<Revision> steps) {
        Chain chain = model.chain();
        boolean bundleTx = renderer.transactionalDdl() && options.transactions() == TransactionMode.BUNDLE;
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("toolVersion", ToolVersion.get());
        b.put("chain", SqlComments.sanitize(chain.name()));
        b.put("fingerprint", chain.fingerprint());
        b.put("dialect", renderer.dialect().cliName);
        b.put("direction", up ? "upgrade" : "downgrade");
        b.put("from", range.fromLabel());
        b.put("to", range.toLabel());
        b.put("features", model.features().isEmpty() ? "none" : String.join(", ", model.features()));
        b.put("versionTable", options.versionTable());
        b.put("historyTable", History.tableFor(options.versionTable()));
        b.put("transactionalDdl", renderer.transactionalDdl());
        b.put("transactions", transactionPolicy());
        b.put("begin", bundleTx ? renderer.beginTransaction() : List.of());
        b.put("commit", bundleTx ? renderer.commitTransaction() : List.of());
        b.put("end", renderer.sessionEnd());
        List<Map<String, Object>> list = new ArrayList<>(steps.size());
        for (Revision r : steps) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.id());
            item.put("message", SqlComments.sanitize(r.message()));
            item.put("tags", String.join(", ", r.tags()));
            item.put("applied", r.appliesTo(model.features()));
            list.add(item);
        }
        b.put("revisions", list);
        return b;
    }

    private String transactionPolicy() {
        if (!renderer.transactionalDdl()) {
            return "DDL: none, " + renderer.dialect().cliName + " commits every DDL statement by itself; a revision "
                    + "with DDL is marked started in the history table first and stamped with it in one transaction "
                    + "at its end, one without DDL runs in one transaction with its stamp";
        }
        return options.transactions() == TransactionMode.BUNDLE ? "one transaction around the whole bundle"
                : "one transaction per revision, including its stamp and history row";
    }

    private Map<String, Object> revisionValues(RevisionPlan plan, boolean up, int number, int count) {
        Revision r = plan.revision();
        int position = plan.position();
        Map<String, Object> rev = new LinkedHashMap<>();
        rev.put("number", number);
        rev.put("count", count);
        rev.put("id", r.id());
        rev.put("parent", r.parent().orElse("base"));
        rev.put("message", SqlComments.sanitize(r.message()));
        rev.put("tags", String.join(", ", r.tags()));
        rev.put("applied", plan.applied());
        rev.put("skipReason", plan.applied() ? "" : SqlComments.sanitize("needs feature "
                + String.join(" or ", r.features()) + ", which is not enabled"));
        rev.put("derived", !up && plan.downgradeDerived());
        List<Map<String, Object>> ops = new ArrayList<>();
        int statementCount = 0;
        for (PlannedOp p : up ? plan.upgrade() : plan.downgrade()) {
            List<String> statements = p.op().accept(renderer, p.context());
            statementCount += statements.size();
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("description", SqlComments.sanitize(p.op().describe()));
            op.put("position", SqlComments.sanitize(positionInChain(p.op().pos())));
            op.put("destructive", p.destructiveReason().map(SqlComments::sanitize).orElse(""));
            op.put("statements", statements);
            ops.add(op);
        }
        rev.put("ops", ops);
        List<String> skipped = new ArrayList<>();
        for (org.sqlbundle.compiler.internal.ops.Op op : plan.skippedOps(up, model.features())) {
            skipped.add(SqlComments.sanitize(op.describe() + (up || !plan.downgradeDerived() ? "" : " (its undo)")
                    + ": needs feature " + String.join(" or ", r.opFeatures(op)) + ", which is not enabled ("
                    + positionInChain(op.pos()) + ")"));
        }
        rev.put("skippedOps", skipped);
        rev.put("statementCount", statementCount);
        rev.put("destructive", plan.destructiveReasons(up).stream().map(SqlComments::sanitize).toList());
        Optional<String> from = up ? idAt(position - 1) : Optional.of(r.id());
        Optional<String> to = up ? Optional.of(r.id()) : idAt(position - 1);
        boolean txDdl = renderer.transactionalDdl();
        // without transactional DDL a revision of data changes only still runs in one transaction with its stamp
        boolean dataOnly = plan.changesDataOnly(up);
        boolean whole = txDdl ? options.transactions() == TransactionMode.PER_REVISION : dataOnly;
        boolean stampOnly = !txDdl && !dataOnly;
        List<String> begin = new ArrayList<>(whole ? renderer.beginTransaction() : List.of());
        begin.addAll(up ? history.upgradeStarted(r.id(), r.sha256(), from) : history.downgradeStarted(r.id(), r.sha256()));
        List<String> stamp = new ArrayList<>(stampOnly ? renderer.beginTransaction() : List.of());
        stamp.addAll(up ? history.upgradeFinished(r.id(), from) : history.downgradeFinished(r.id(), to));
        rev.put("begin", begin);
        rev.put("stamp", stamp);
        rev.put("commit", whole || stampOnly ? renderer.commitTransaction() : List.of());
        return rev;
    }

    /** file:line:col with the file named relative to the chain, so bundles don't depend on the working directory. */
    private static String positionInChain(org.sqlbundle.errors.SourcePos pos) {
        java.nio.file.Path name = java.nio.file.Path.of(pos.file()).getFileName();
        return (name == null ? pos.file() : name.toString()) + ":" + pos.line() + ":" + pos.col();
    }

    /** The version check, then the history check: nothing of a revision runs before them. */
    private List<String> guard(Range range) {
        List<String> statements = new ArrayList<>(renderer.guard(options.versionTable(), idAt(range.from())));
        statements.addAll(history.guard());
        return statements;
    }

    private Optional<String> idAt(int position) {
        return position == Chain.BASE ? Optional.empty() : Optional.of(model.chain().at(position).id());
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
