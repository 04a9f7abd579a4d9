package org.sqlbundle.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Names statements carry outside Column/TableName nodes: an UPDATE's or DELETE's table alias, and the index,
 * column and constraint names of DDL; the words of column types are kept apart, they are not names.
 */
final class DdlNames {

    private DdlNames() {
    }

    /** Null, or why the statement has a name this can't place. */
    static String collect(Statement st, Set<String> names, Set<String> typeWords) {
        if (st instanceof Update u) {
            alias(names, u.getTable());
        } else if (st instanceof Delete d) {
            alias(names, d.getTable());
        } else if (st instanceof CreateIndex ci) {
            if (ci.getIndex().getUsing() != null) {
                typeWords.add(ci.getIndex().getUsing().toLowerCase(Locale.ROOT));
            }
            return index(ci.getIndex(), names);
        } else if (st instanceof CreateTable ct) {
            for (var c : ct.getColumnDefinitions() == null ? List.<ColumnDefinition>of()
                    : ct.getColumnDefinitions()) {
                add(names, c.getColumnName());
                typeWords(c.getColDataType().getDataType(), typeWords);
            }
            for (Index i : ct.getIndexes() == null ? List.<Index>of() : ct.getIndexes()) {
                String unplaced = index(i, names);
                if (unplaced != null) {
                    return unplaced;
                }
            }
        } else if (st instanceof Drop d && d.getName() != null) {
            add(names, d.getName().getName());
        } else if (st instanceof Alter alter && alter.getAlterExpressions() != null) {
            for (var e : alter.getAlterExpressions()) {
                String unplaced = alterExpression(e, names, typeWords);
                if (unplaced != null) {
                    return unplaced;
                }
            }
        }
        return null;
    }

    private static void alias(Set<String> names, Table table) {
        if (table != null && table.getAlias() != null) {
            add(names, table.getAlias().getName());
        }
    }

    private static String index(Index index, Set<String> names) {
        add(names, index.getName());
        for (String column : index.getColumnsNames() == null ? List.<String>of() : index.getColumnsNames()) {
            if (column.contains("(")) {
                return "an index on an expression (" + column + ") names columns JSqlParser does not place";
            }
            add(names, column);
        }
        if (index instanceof ForeignKeyIndex fk) {
            addAll(names, fk.getReferencedColumnNames());
        }
        return null;
    }

    private static void typeWords(String dataType, Set<String> typeWords) {
        for (String word : dataType.split("[^\\p{L}\\p{N}_$]+")) {
            typeWords.add(word.toLowerCase(Locale.ROOT));
        }
    }

    private static String alterExpression(AlterExpression e, Set<String> names,
            Set<String> typeWords) {
        add(names, e.getColumnName());
        add(names, e.getColumnOldName());
        add(names, e.getConstraintName());
        add(names, e.getUkName());
        add(names, e.getFkSourceTable());
        add(names, e.getNewTableName());
        addAll(names, e.getPkColumns());
        addAll(names, e.getUkColumns());
        addAll(names, e.getFkColumns());
        addAll(names, e.getFkSourceColumns());
        String unplaced = e.getIndex() == null ? null : index(e.getIndex(), names);
        if (e.getColDataTypeList() != null) {
            for (var c : e.getColDataTypeList()) {
                add(names, c.getColumnName());
                typeWords(c.getColDataType().getDataType(), typeWords);
            }
        }
        addColumns(names, e.getColumnSetDefaultList());
        addColumns(names, e.getColumnDropDefaultList());
        addColumns(names, e.getColumnSetNotNullList());
        addColumns(names, e.getColumnDropNotNullList());
        return unplaced;
    }

    private static void addColumns(Set<String> names, List<?> items) {
        if (items == null) {
            return;
        }
        for (Object item : items) {
            if (item instanceof AlterExpression.ColumnSetDefault c) {
                add(names, c.getColumnName());
            } else if (item instanceof AlterExpression.ColumnDropDefault c) {
                add(names, c.getColumnName());
            } else if (item instanceof AlterExpression.ColumnSetNotNull c) {
                add(names, c.getColumnName());
            } else if (item instanceof AlterExpression.ColumnDropNotNull c) {
                add(names, c.getColumnName());
            }
        }
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isEmpty()) {
            names.add(name);
        }
    }

    private static void addAll(Set<String> names, List<String> list) {
        if (list != null) {
            list.forEach(n -> add(names, n));
        }
    }
}
