package org.sqlbundle.compiler.internal.render.sqlite;

import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.quote;
import static org.sqlbundle.compiler.internal.render.sqlite.SqliteSql.quoteAll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.compiler.internal.types.TypeTable;
import org.sqlbundle.errors.SourcePos;

/**
 * CREATE TABLE / CREATE INDEX text built from the model, used both by create_table and by table rebuilds,
 * so a rebuilt table reads exactly like one created in a single step.
 */
final class SqliteDdl {

    private SqliteDdl() {
    }

    /** The deterministic name of the CHECK that stands in for an enum type on one column. */
    static String enumCheckName(String table, String column) {
        return "ck_" + table + "_" + column + "_enum";
    }

    /** {@code CREATE TABLE "createAs" (...)} with the definition of {@code table} (whose own name may differ). */
    static String createTable(Table table, String createAs, Schema schema, SourcePos pos) {
        Optional<Column> autoincrement = autoincrementColumn(table, pos);
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) {
            parts.add(column(table.name(), c, schema, autoincrement.filter(a -> a.name().equals(c.name())).isPresent()
                    ? table.primaryKey() : Optional.empty()));
        }
        if (autoincrement.isEmpty()) {
            table.primaryKey().ifPresent(pk -> parts.add(named(pk.nameOn(Dialect.SQLITE)) + "PRIMARY KEY (" + quoteAll(pk.columns()) + ")"));
        }
        for (UniqueConstraint u : table.uniques()) {
            parts.add(named(u.nameOn(Dialect.SQLITE)) + "UNIQUE (" + quoteAll(u.columns()) + ")");
        }
        for (CheckConstraint c : table.checks()) {
            parts.add(named(c.nameOn(Dialect.SQLITE)) + "CHECK (" + c.expression() + ")");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            parts.add(foreignKey(fk));
        }
        return "CREATE TABLE " + quote(createAs) + " (" + String.join(", ", parts) + ")";
    }

    /**
     * A column definition as CREATE TABLE and ADD COLUMN both accept it. {@code inlinePrimaryKey} is given
     * for the autoincrement column only: SQLite accepts AUTOINCREMENT nowhere but on a column-level key.
     */
    static String column(String table, Column c, Schema schema, Optional<PrimaryKey> inlinePrimaryKey) {
        StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(TypeTable.forDialect(Dialect.SQLITE).ddl(c.type(), Schema.EMPTY, text -> text));
        if (!c.nullable()) {
            sql.append(" NOT NULL");
        }
        inlinePrimaryKey.ifPresent(pk -> sql.append(' ').append(named(pk.nameOn(Dialect.SQLITE))).append("PRIMARY KEY AUTOINCREMENT"));
        c.defaultValue().ifPresent(d -> sql.append(" DEFAULT ").append(SqliteSql.literal(d)));
        if (c.type().isEnum()) {
            List<String> labels = schema.enumType(c.type().enumName()).orElseThrow().labels();
            sql.append(' ').append(named(enumCheckName(table, c.name()))).append("CHECK (").append(quote(c.name()))
                    .append(" IN (").append(labels.stream().map(SqliteSql::string).collect(Collectors.joining(", ")))
                    .append("))");
        }
        return sql.toString();
    }

    static String createIndex(Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.nameOn(Dialect.SQLITE)) + " ON "
                + quote(index.table()) + " (" + quoteAll(index.columns()) + ")";
    }

    private static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder(named(fk.nameOn(Dialect.SQLITE))).append("FOREIGN KEY (").append(quoteAll(fk.columns()))
                .append(") REFERENCES ").append(quote(fk.refTable())).append(" (").append(quoteAll(fk.refColumns()))
                .append(')');
        // NO ACTION is SQLite's default; leaving it out keeps the stored schema short
        if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql.toUpperCase(Locale.ROOT));
        }
        if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql.toUpperCase(Locale.ROOT));
        }
        return sql.toString();
    }

    private static String named(String constraintName) {
        return constraintName.isEmpty() ? "" : "CONSTRAINT " + quote(constraintName) + " ";
    }

    /** The autoincrement column, which must be the whole primary key; anything else SQLite can't express. */
    private static Optional<Column> autoincrementColumn(Table table, SourcePos pos) {
        List<Column> auto = table.columns().stream().filter(Column::autoincrement).toList();
        if (auto.isEmpty()) {
            return Optional.empty();
        }
        Column c = auto.get(0);
        boolean soleKey = table.primaryKey().map(pk -> pk.columns().equals(List.of(c.name()))).orElse(false);
        if (auto.size() > 1 || !soleKey) {
            throw Fields.error(pos, "E201", "table " + table.name() + ": autoincrement on column " + c.name()
                    + " can't be rendered for sqlite: SQLite allows AUTOINCREMENT only on a table's single-column "
                    + "INTEGER PRIMARY KEY", "make " + c.name() + " the table's only primary-key column, or drop "
                    + "autoincrement");
        }
        return Optional.of(c);
    }
}
