package org.sqlbundle.compiler.internal.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The stamp of the jOOQ dialects: the one statement that moves the version table from one revision to the next. */
final class VersionStamps {

    /** Ids whose string literal is {@code 'id'} in every dialect (every revision id is one, see RevisionReader). */
    private static final Pattern STAMPABLE_ID = Pattern.compile("[A-Za-z0-9_]+");
    /** Placeholder ids no revision can have (they hold spaces) and that need no escaping: replaced as whole literals. */
    private static final String STAMP_FROM = "sqlbundle stamp from";
    private static final String STAMP_TO = "sqlbundle stamp to";

    private final DSLContext dsl;
    private final Map<String, String> shapes = new ConcurrentHashMap<>();

    VersionStamps(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<String> stamp(String table, Optional<String> from, Optional<String> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return List.of();
        }
        if (!from.map(VersionStamps::stampable).orElse(true) || !to.map(VersionStamps::stampable).orElse(true)
                || table.contains(STAMP_FROM) || table.contains(STAMP_TO)) {
            return List.of(statement(table, from, to));
        }
        // every revision stamps with the same statement but for its ids, and jOOQ rendering it each time was a
        // seventh of a bundle's rendering: render each shape once with placeholder literals, then put the ids in
        String shape = shapes.computeIfAbsent(table + (from.isPresent() ? "|from" : "|") + (to.isPresent() ? "|to" : "|"),
                k -> statement(table, from.map(f -> STAMP_FROM), to.map(t -> STAMP_TO)));
        String sql = shape;
        if (from.isPresent()) {
            sql = sql.replace("'" + STAMP_FROM + "'", "'" + from.get() + "'");
        }
        if (to.isPresent()) {
            sql = sql.replace("'" + STAMP_TO + "'", "'" + to.get() + "'");
        }
        return List.of(sql);
    }

    private static boolean stampable(String id) {
        return STAMPABLE_ID.matcher(id).matches();
    }

    private String statement(String table, Optional<String> from, Optional<String> to) {
        Field<String> version = DSL.field(DSL.name("version_num"), String.class);
        var t = DSL.table(DSL.name(table));
        if (from.isEmpty()) {
            return dsl.insertInto(t, version).values(DSL.inline(to.get())).getSQL();
        }
        if (to.isEmpty()) {
            return dsl.deleteFrom(t).where(version.eq(DSL.inline(from.get()))).getSQL();
        }
        return dsl.update(t).set(version, DSL.inline(to.get())).where(version.eq(DSL.inline(from.get()))).getSQL();
    }
}
