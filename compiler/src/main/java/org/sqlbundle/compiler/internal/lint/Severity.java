package org.sqlbundle.compiler.internal.lint;

/** How much a finding matters: an error fails {@code lint}; a warning fails it only under {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
