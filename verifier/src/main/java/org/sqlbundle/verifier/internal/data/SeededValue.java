package org.sqlbundle.verifier.internal.data;

/**
 * One generated cell: what is bound into the INSERT, and its canonical text (the form {@link ValueText}
 * reads back), or both null for SQL NULL.
 */
record SeededValue(Object bind, String canonical) {

    static final SeededValue NULL = new SeededValue(null, null);

    boolean isNull() {
        return canonical == null;
    }
}
