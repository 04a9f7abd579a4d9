package org.sqlbundle.compiler.model;

/** A named CHECK constraint; {@code expression} is portable SQL over the table's columns. */
public record CheckConstraint(String name, String expression) {
}
