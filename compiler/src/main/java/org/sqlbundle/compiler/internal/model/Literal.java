package org.sqlbundle.compiler.internal.model;

/**
 * A value written in YAML: a column default, an inserted cell, a delete key. Kept as text plus what
 * kind of literal it is; renderers turn it into dialect SQL through jOOQ's inlining.
 */
public record Literal(Kind kind, String text) {

    public enum Kind { STRING, NUMBER, BOOLEAN, NULL, CURRENT_TIMESTAMP }

    public static final Literal NULL = new Literal(Kind.NULL, "null");
    public static final Literal CURRENT_TIMESTAMP = new Literal(Kind.CURRENT_TIMESTAMP, "current_timestamp");

    public static Literal string(String s) {
        return new Literal(Kind.STRING, s);
    }

    public static Literal number(String s) {
        return new Literal(Kind.NUMBER, s);
    }

    public static Literal bool(boolean b) {
        return new Literal(Kind.BOOLEAN, Boolean.toString(b));
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String toString() {
        return kind == Kind.STRING ? "'" + text + "'" : text;
    }
}
