package org.sqlbundle.compiler.internal.model;

import java.util.Optional;

/**
 * A column as the model knows it: the full definition, so a dropped column can be re-added exactly.
 * {@code sequence}: an autoincrement column that takes its values on PostgreSQL from a sequence it owns, by that
 * name (SERIAL's shape, as SQLAlchemy builds keys), instead of an identity; the name is kept as created, since
 * PostgreSQL does not rename the sequence with its table.
 */
public record Column(String name, PortableType type, boolean nullable, Optional<Literal> defaultValue,
                     boolean autoincrement, Optional<String> comment, Optional<String> sequence) {

    public Column(String name, PortableType type, boolean nullable, Optional<Literal> defaultValue,
                  boolean autoincrement, Optional<String> comment) {
        this(name, type, nullable, defaultValue, autoincrement, comment, Optional.empty());
    }

    /**
     * NOT NULL, no default and no generated value: every row must give this column a value, so an insert without
     * one fails, and so does adding the column to a table that already has rows.
     */
    public boolean requiresValue() {
        return !nullable && defaultValue.isEmpty() && !autoincrement;
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, autoincrement, comment, sequence);
    }

    public Column withType(PortableType newType) {
        return new Column(name, newType, nullable, defaultValue, autoincrement, comment, sequence);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, autoincrement, comment, sequence);
    }

    public Column withDefault(Optional<Literal> newDefault) {
        return new Column(name, type, nullable, newDefault, autoincrement, comment, sequence);
    }
}
