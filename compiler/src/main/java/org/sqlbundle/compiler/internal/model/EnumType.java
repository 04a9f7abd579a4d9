package org.sqlbundle.compiler.internal.model;

import java.util.List;

/** A named enum type. PostgreSQL creates it as a type; other dialects inline its labels where a column uses it. */
public record EnumType(String name, List<String> labels) {
    public EnumType {
        labels = List.copyOf(labels);
    }
}
