package org.sqlbundle.catalog.snapshot;

import java.util.Locale;

/** Spells ON DELETE / ON UPDATE actions as the lower-case words cascade, set null, set default, restrict, no action. */
public final class ReferentialActions {

    private ReferentialActions() {
    }

    /** Accepts catalog words in any case, with spaces or underscores, and PostgreSQL's one-letter codes. */
    public static String normalise(String raw) {
        String word = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        switch (word) {
            case "a":
            case "":
            case "no action":
                return "no action";
            case "r":
            case "restrict":
                return "restrict";
            case "c":
            case "cascade":
                return "cascade";
            case "n":
            case "set null":
                return "set null";
            case "d":
            case "set default":
                return "set default";
            default:
                throw new IllegalArgumentException("unknown referential action '" + raw + "'");
        }
    }
}
