package org.sqlbundle.compiler.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;

/**
 * The history table beside the (Alembic-compatible) version table: one row per revision the database holds,
 * {@code (revision, checksum, state)}. Every revision's script marks it {@code started} (a downgrade:
 * {@code reverting}) before its first statement and, with its stamp, {@code applied} (a downgrade deletes the
 * row); the marking statements are checked to change exactly one row, so of two runs of the same script only
 * one gets past its first statement. A row left {@code started} or {@code reverting} is a revision a crash cut
 * short: every later script's guard, and online runs, stop on it. The checksum is the revision file's SHA-256, so
 * an applied revision whose file was edited afterwards can be found. Nothing here depends on the clock.
 */
public final class History {

    public static final String STARTED = "started";
    public static final String REVERTING = "reverting";
    public static final String APPLIED = "applied";
    /** Name and portable type of each column, the key first. */
    static final String[][] COLUMNS = {{"revision", "varchar(32)"}, {"checksum", "varchar(64)"},
            {"state", "varchar(16)"}};

    private final DialectRenderer r;
    private final String versionTable;
    private final String table;

    public History(DialectRenderer renderer, String versionTable) {
        this.r = renderer;
        this.versionTable = versionTable;
        this.table = tableFor(versionTable);
    }

    /** {@code <version table>_history}. */
    public static String tableFor(String versionTable) {
        return versionTable + "_history";
    }

    /** The history table, created when missing (a database stamped by Alembic or an older sqlbundle has none). */
    public List<String> create() {
        return r.createHistoryTable(table);
    }

    /** Stops unless every revision the history table knows finished. */
    public List<String> guard() {
        return r.historyGuard(table, "sqlbundle guard: a revision was cut short, see docs/online.md#after-a-crash "
                + "(statements of it may have run; stamp the revision the schema is really at): ");
    }

    /** What the start mark says when it refuses: like the guard's words, the bundle's own refusal before any op ran. */
    public static final String NOT_STARTED = " not started: the database is no longer at ";

    /** Before an upgrade's first statement: a new {@code started} row, only while the database is at {@code from}. */
    public List<String> upgradeStarted(String id, String checksum, Optional<String> from) {
        String insert = "insert into " + t() + " (" + col(0) + ", " + col(1) + ", " + col(2) + ") select "
                + lit(id) + ", " + lit(checksum) + ", " + lit(STARTED) + fromNothing() + " where not exists (select 1 from "
                + t() + " where " + col(0) + " = " + lit(id) + ") and " + versionIs(from);
        return r.requireOneRow(insert, "sqlbundle: revision " + id + NOT_STARTED + from.orElse("base") + ", or " + table + " already has a row for it (another run?)");
    }

    /** The stamp from {@code from} to {@code id}, and the row {@code applied}. */
    public List<String> upgradeFinished(String id, Optional<String> from) {
        List<String> out = new ArrayList<>(stamp(from, Optional.of(id)));
        out.add("update " + t() + " set " + col(2) + " = " + lit(APPLIED) + " where " + col(0) + " = " + lit(id));
        return out;
    }

    /**
     * Before a downgrade's first statement: the row {@code reverting}, only while the database is at {@code id}.
     * A database upgraded before the history table existed has no row yet: it gets one first.
     */
    public List<String> downgradeStarted(String id, String checksum) {
        List<String> out = new ArrayList<>();
        out.add("insert into " + t() + " (" + col(0) + ", " + col(1) + ", " + col(2) + ") select " + lit(id) + ", "
                + lit(checksum) + ", " + lit(APPLIED) + fromNothing() + " where not exists (select 1 from " + t()
                + " where " + col(0) + " = " + lit(id) + ")");
        out.addAll(r.requireOneRow("update " + t() + " set " + col(2) + " = " + lit(REVERTING) + " where " + col(0)
                + " = " + lit(id) + " and " + col(2) + " = " + lit(APPLIED) + " and " + versionIs(Optional.of(id)),
                "sqlbundle: revision " + id + " not reverted: the database is no longer at it, or its row in "
                        + table + " is not applied (another run?)"));
        return out;
    }

    /** The stamp from {@code id} down to {@code to}, and the revision's row removed. */
    public List<String> downgradeFinished(String id, Optional<String> to) {
        List<String> out = new ArrayList<>(stamp(Optional.of(id), to));
        out.add("delete from " + t() + " where " + col(0) + " = " + lit(id));
        return out;
    }

    /** For {@code stamp}: the rows of exactly the given revisions, applied with their current checksums. */
    public List<String> reset(List<String[]> idsAndChecksums) {
        List<String> out = new ArrayList<>();
        out.add("delete from " + t());
        for (String[] row : idsAndChecksums) {
            out.add("insert into " + t() + " (" + col(0) + ", " + col(1) + ", " + col(2) + ") values (" + lit(row[0])
                    + ", " + lit(row[1]) + ", " + lit(APPLIED) + ")");
        }
        return out;
    }

    /** The version table moves from {@code from} to {@code to} (empty: base), or the script stops. */
    private List<String> stamp(Optional<String> from, Optional<String> to) {
        String v = r.quote("version_num");
        String sql;
        if (from.isEmpty()) {
            sql = "insert into " + r.quote(versionTable) + " (" + v + ") select " + lit(to.orElseThrow()) + fromNothing()
                    + " where not exists (select 1 from " + r.quote(versionTable) + ")";
        } else if (to.isEmpty()) {
            sql = "delete from " + r.quote(versionTable) + " where " + v + " = " + lit(from.get());
        } else {
            sql = "update " + r.quote(versionTable) + " set " + v + " = " + lit(to.get()) + " where " + v + " = "
                    + lit(from.get());
        }
        return r.requireOneRow(sql, "sqlbundle stamp: version table " + versionTable + " did not move from "
                + from.orElse("base") + " to " + to.orElse("base") + " (another run moved it?)");
    }

    /** Whether a statement of a script is this bookkeeping (or the guard's), not a revision's own op. */
    public boolean isBookkeeping(String sql) {
        return sql.contains(t()) || sql.contains("@sqlbundle_") || sql.contains("sqlbundle_check")
                || sql.contains("sqlbundle_guard") || sql.contains("sqlbundle_row");
    }

    private String versionIs(Optional<String> version) {
        String v = r.quote(versionTable);
        return version.map(id -> "exists (select 1 from " + v + " where " + r.quote("version_num") + " = " + lit(id)
                + ")").orElse("not exists (select 1 from " + v + ")");
    }

    /** MySQL and MariaDB need a table for a SELECT with a WHERE. */
    private String fromNothing() {
        return r.dialect() == Dialect.MYSQL || r.dialect() == Dialect.MARIADB ? " from dual" : "";
    }

    private String t() {
        return r.quote(table);
    }

    private String col(int i) {
        return r.quote(COLUMNS[i][0]);
    }

    private String lit(String text) {
        return r.textLiteral(text);
    }
}
