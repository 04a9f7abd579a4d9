package org.sqlbundle.compiler.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes values as YAML scalars that read back as exactly the same string. A double-quoted scalar with
 * escapes survives quotes, colons, '#', backslashes and line breaks; plain text is kept only for
 * identifiers that YAML cannot mistake for a number, boolean or null.
 */
public final class YamlScalars {

    private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    /** YAML 1.1 words that a plain scalar would turn into booleans or null. */
    private static final Set<String> YAML_WORDS = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private YamlScalars() {
    }

    /** Plain when unambiguous (ids, tags), double-quoted otherwise. */
    public static String plainOrQuoted(String value) {
        boolean plain = SAFE_PLAIN.matcher(value).matches() && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT));
        return plain ? value : quoted(value);
    }

    /** Always double-quoted, with YAML escapes for anything that isn't printable text. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c, value, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code text} with every character YAML cannot hold unescaped written as {@code \\uXXXX}, for comments. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || !needsEscape(c, text, i)) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** Control characters, line/paragraph separators, the BOM and lone surrogates are not YAML-printable. */
    private static boolean needsEscape(char c, String s, int i) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
