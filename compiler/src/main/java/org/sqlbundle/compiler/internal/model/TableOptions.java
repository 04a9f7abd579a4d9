package org.sqlbundle.compiler.internal.model;

import java.util.Optional;

/**
 * A table's MySQL/MariaDB options: storage engine, default character set and collation, each empty where the chain
 * does not state it (the server's default applies and the verifier does not compare it). Other dialects have no
 * such options and ignore them. The spellings are canonical ({@code InnoDB}, lower-case charsets and collations):
 * {@code TableOptionRules} checks and normalises what an author writes.
 */
public record TableOptions(Optional<String> engine, Optional<String> charset, Optional<String> collation) {

    public static final TableOptions NONE = new TableOptions(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return engine.isEmpty() && charset.isEmpty() && collation.isEmpty();
    }

    /** These options with every option {@code change} states put in place of this one's. */
    public TableOptions with(TableOptions change) {
        return new TableOptions(change.engine.or(() -> engine), change.charset.or(() -> charset),
                change.collation.or(() -> collation));
    }

    /** As SQL's table options read, e.g. {@code engine=InnoDB charset=utf8mb4}; for messages and descriptions. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        engine.ifPresent(e -> sb.append("engine=").append(e));
        charset.ifPresent(c -> sb.append(sb.isEmpty() ? "" : " ").append("charset=").append(c));
        collation.ifPresent(c -> sb.append(sb.isEmpty() ? "" : " ").append("collation=").append(c));
        return sb.toString();
    }
}
