package org.sqlbundle.catalog.snapshot;

/** One way two snapshots differ: the object's path (e.g. {@code table pools / index ix_pools_tenant}) and both sides. */
public record Difference(String object, String expected, String actual) {

    public static final String ABSENT = "absent";

    public String format() {
        return object + ":\n    expected: " + expected + "\n    actual:   " + actual;
    }
}
