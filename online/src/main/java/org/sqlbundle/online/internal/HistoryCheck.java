package org.sqlbundle.online.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.History;
import org.sqlbundle.online.CurrentVersion;
import org.sqlbundle.online.Database;

/**
 * What online runs learn from the history table before they change anything: a revision a crash cut short
 * (E086), and an applied revision whose file was edited since (E087, unless accepted with
 * {@code --accept-edited}, which records the file's new checksum).
 */
public final class HistoryCheck {

    private final Chain chain;
    private final Database database;
    private final DialectRenderer renderer;
    private final String versionTable;
    private final String table;

    public HistoryCheck(Chain chain, Database database, DialectRenderer renderer, String versionTable) {
        this.chain = chain;
        this.database = database;
        this.renderer = renderer;
        this.versionTable = versionTable;
        this.table = History.tableFor(versionTable);
    }

    public void check(Connection c, CurrentVersion current) {
        HistoryRows rows = HistoryRows.read(c, database, renderer, versionTable);
        List<HistoryRows.Row> unfinished = rows.unfinished();
        if (!unfinished.isEmpty()) {
            throw cutShort(unfinished.get(0), current);
        }
        for (HistoryRows.Row row : rows.rows()) {
            Optional<Integer> position = chain.positionOf(row.revision());
            if (position.isPresent() && position.get() <= current.position()) {
                Revision r = chain.at(position.get());
                if (!r.sha256().equalsIgnoreCase(row.checksum())) {
                    throw edited(r, row.checksum());
                }
            }
        }
    }

    /** Records the current checksums of {@code references}; each must have an applied row at or below the version. */
    public List<Revision> accept(Connection c, CurrentVersion current, List<String> references) {
        Map<String, Revision> wanted = new LinkedHashMap<>();
        for (String reference : references) {
            int position = chain.resolve(reference);
            if (position == Chain.BASE || position > current.position()) {
                throw OnlineErrors.badInput(database.describe(), "E088", "--accept-edited " + reference
                        + ": the database is at " + label(current.position()) + ", so " + label(position)
                        + " is not applied and has no recorded checksum", "name an applied revision, or leave "
                        + "--accept-edited out");
            }
            Revision r = chain.at(position);
            wanted.put(r.id(), r);
        }
        List<Revision> accepted = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (Revision r : wanted.values()) {
                int n = s.executeUpdate("update " + renderer.quote(table) + " set " + renderer.quote("checksum")
                        + " = " + renderer.textLiteral(r.sha256()) + " where " + renderer.quote("revision") + " = "
                        + renderer.textLiteral(r.id()) + " and " + renderer.quote("state") + " = "
                        + renderer.textLiteral(History.APPLIED));
                if (n != 1) {
                    throw OnlineErrors.badInput(database.describe(), "E088", "--accept-edited " + r.id() + ": "
                            + table + " has no applied row for it, so there is no checksum to replace",
                            "only revisions reported edited (E087) need --accept-edited");
                }
                accepted.add(r);
            }
        } catch (SQLException e) {
            throw OnlineErrors.infrastructure(database.describe(), "E077", "cannot update " + table + ": "
                    + database.scrub(e.getMessage()), "check the database user may write " + table);
        }
        return accepted;
    }

    private RuntimeException cutShort(HistoryRows.Row row, CurrentVersion current) {
        boolean reverting = History.REVERTING.equals(row.state());
        String what = reverting ? "a downgrade of revision " + row.revision() : "revision " + row.revision();
        String known = renderer.transactionalDdl()
                ? renderer.dialect().cliName + " runs each revision's script in one transaction, so if sqlbundle "
                        + "wrote that script none of it was committed; a bundle applied without its transactions "
                        + "may have run part of it"
                : renderer.dialect().cliName + " commits every DDL statement by itself, so which of its DDL "
                        + "statements ran is unknown: compare the schema with 'sqlbundle show " + row.revision() + "'";
        Optional<Integer> position = chain.positionOf(row.revision());
        String parent = position.map(p -> label(p - 1)).orElse("its parent");
        String before = reverting ? row.revision() : parent;
        String after = reverting ? parent : row.revision();
        return OnlineErrors.badInput(database.describe(), "E086", what + " was cut short: " + table + " marks it '"
                        + row.state() + "' and the version table holds " + label(current.position()) + "; " + known,
                "complete (or undo) its statements by hand, then record where the schema is: 'sqlbundle stamp "
                        + after + "' when all of it ran, 'sqlbundle stamp " + before + "' when none did; stamp clears "
                        + "the mark (docs/online.md#after-a-crash)");
    }

    private RuntimeException edited(Revision r, String recorded) {
        return OnlineErrors.badInput(r.pos().file(), "E087", "revision " + r.id() + " was edited after it was applied "
                        + "to " + database.describe() + ": " + table + " recorded sha256 " + shortHash(recorded)
                        + ", the file now hashes to " + shortHash(r.sha256()) + "; the database does not have the change",
                "undo the edit and put the change in a new revision ('sqlbundle revision -m ...'); if the database "
                        + "already matches the edited file, run again with --accept-edited " + r.id()
                        + " to record its new checksum");
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }

    private String label(int position) {
        return position == Chain.BASE ? "base" : chain.at(position).id();
    }
}
