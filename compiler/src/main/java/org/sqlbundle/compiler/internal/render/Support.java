package org.sqlbundle.compiler.internal.render;

/**
 * How one dialect carries out one op: natively (one statement jOOQ or the dialect renders as is),
 * emulated ({@code how} says by what, e.g. a SQLite table rebuild), or refused ({@code how} says why).
 */
public record Support(Level level, String how) {

    public enum Level { NATIVE, EMULATED, REFUSED }

    public static Support nativeSql(String how) {
        return new Support(Level.NATIVE, how);
    }

    public static Support emulated(String how) {
        return new Support(Level.EMULATED, how);
    }

    public static Support refused(String why) {
        return new Support(Level.REFUSED, why);
    }
}
