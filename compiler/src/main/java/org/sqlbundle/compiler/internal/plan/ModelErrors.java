package org.sqlbundle.compiler.internal.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.ops.AddCheck;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.CreateEnum;
import org.sqlbundle.compiler.internal.ops.CreateIndex;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.CreateView;
import org.sqlbundle.compiler.internal.ops.Delete;
import org.sqlbundle.compiler.internal.ops.DropColumn;
import org.sqlbundle.compiler.internal.ops.DropConstraint;
import org.sqlbundle.compiler.internal.ops.DropEnum;
import org.sqlbundle.compiler.internal.ops.DropIndex;
import org.sqlbundle.compiler.internal.ops.DropTable;
import org.sqlbundle.compiler.internal.ops.DropView;
import org.sqlbundle.compiler.internal.ops.Insert;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The model errors of one pass over the chain, as a compiler reports them: every independent error, not only the
 * first. A failed op is skipped and the pass goes on; a later error in an op that names an object a failed op named
 * (a table, index, enum or view) is taken for an echo of it and left out. At most {@link #LIMIT} are kept.
 */
final class ModelErrors {

    static final int LIMIT = 50;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> tainted = new HashSet<>();

    /** Records that {@code op} did not fit; its problems are kept unless they echo an earlier failure. */
    void failed(Op op, SqlbundleException e) {
        Set<String> names = names(op);
        boolean echo = names.stream().anyMatch(tainted::contains);
        tainted.addAll(names);
        for (Problem problem : e.problems()) {
            if (!echo && problems.size() < LIMIT) {
                problems.add(problem);
            }
        }
    }

    /** A problem that leaves the schema as the op meant it (an underivable downgrade): nothing later echoes it. */
    void report(SqlbundleException e) {
        for (Problem problem : e.problems()) {
            if (problems.size() < LIMIT) {
                problems.add(problem);
            }
        }
    }

    boolean any() {
        return !problems.isEmpty();
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The schema objects an op names (lower-cased, so a reference in other case still counts as the same object). Raw sql names none it knows of. */
    static Set<String> names(Op op) {
        Set<String> out = new HashSet<>();
        if (op instanceof CreateTable o) {
            out.add(o.table().name());
            o.table().foreignKeys().stream().map(ForeignKey::refTable).forEach(out::add);
        } else if (op instanceof DropTable o) {
            out.add(o.name());
        } else if (op instanceof RenameTable o) {
            out.add(o.name());
            out.add(o.to());
        } else if (op instanceof AddColumn o) {
            out.add(o.table());
        } else if (op instanceof DropColumn o) {
            out.add(o.table());
        } else if (op instanceof AlterColumn o) {
            out.add(o.table());
        } else if (op instanceof CreateIndex o) {
            out.add(o.index().table());
            out.add(o.index().name());
        } else if (op instanceof DropIndex o) {
            out.add(o.name());
        } else if (op instanceof AddForeignKey o) {
            out.add(o.table());
            out.add(o.foreignKey().refTable());
        } else if (op instanceof AddUnique o) {
            out.add(o.table());
        } else if (op instanceof AddCheck o) {
            out.add(o.table());
        } else if (op instanceof DropConstraint o) {
            out.add(o.table());
        } else if (op instanceof org.sqlbundle.compiler.internal.ops.CreatePrimaryKey o) {
            out.add(o.table());
        } else if (op instanceof CreateEnum o) {
            out.add(o.enumType().name());
        } else if (op instanceof DropEnum o) {
            out.add(o.name());
        } else if (op instanceof org.sqlbundle.compiler.internal.ops.AddEnumValue o) {
            out.add(o.name());
        } else if (op instanceof org.sqlbundle.compiler.internal.ops.DropEnumValue o) {
            out.add(o.name());
        } else if (op instanceof CreateView o) {
            out.add(o.view().name());
        } else if (op instanceof DropView o) {
            out.add(o.name());
        } else if (op instanceof org.sqlbundle.compiler.internal.ops.AlterTableOptions o) {
            out.add(o.table());
        } else if (op instanceof Insert o) {
            out.add(o.table());
        } else if (op instanceof Delete o) {
            out.add(o.table());
        }
        Set<String> lower = new HashSet<>();
        out.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
