package org.sqlbundle.compiler.internal.render.h2;

import java.util.List;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * H2 2.x lets a foreign key use ("adopt") an index whose columns are exactly the key's columns, in any order
 * (a longer index never): when the key is added while such an index exists, and whenever H2 rebuilds the table
 * (ADD or DROP COLUMN, SET DATA TYPE), which recreates the table's constraints after its indexes. It then refuses
 * to drop that index or primary key ("belongs to constraint", error 90085). Whether a key adopted it depends on the
 * table's history, which a bundle between two versions can't see, so every key that could have adopted it is
 * dropped before and added back after; added back, it takes another usable index or makes its own (measured on H2
 * 2.5.252, H2AdoptedIndexTest).
 */
final class AdoptedIndexes {

    private AdoptedIndexes() {
    }

    /** The foreign keys of {@code table} that H2 may have given the index or primary key on {@code columns}. */
    static List<ForeignKey> mayHaveAdopted(Table table, List<String> columns) {
        Set<String> indexed = Set.copyOf(columns);
        return table.foreignKeys().stream()
                .filter(fk -> fk.columns().size() == columns.size() && indexed.equals(Set.copyOf(fk.columns())))
                .toList();
    }
}
