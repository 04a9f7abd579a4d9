package org.sqlbundle.compiler.internal.source;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML values as text that {@link YamlReader} reads back as the same value. Every scalar is written by SnakeYAML's
 * emitter, resolved by {@link ReaderResolver}: plain when the reader reads the plain text as this very value,
 * double-quoted with YAML escapes otherwise. Maps and lists are written in flow style ({@code { k: v }},
 * {@code [a, b]}), the layout docs/revision-format.md shows. Scalars are emitted inside a flow sequence, the strictest
 * context, so the text is valid wherever a value goes.
 */
public final class YamlScalars {

    private static final DumperOptions OPTIONS = options();

    private YamlScalars() {
    }

    private static DumperOptions options() {
        DumperOptions o = new DumperOptions();
        o.setAllowUnicode(true);
        // one value on one line: no folding of long scalars
        o.setSplitLines(false);
        o.setWidth(Integer.MAX_VALUE);
        o.setLineBreak(DumperOptions.LineBreak.UNIX);
        return o;
    }

    /** Plain when the reader reads it back as this string, double-quoted otherwise. */
    public static String plainOrQuoted(String value) {
        String text = emit(value, Tag.STR, DumperOptions.ScalarStyle.PLAIN);
        // the emitter falls back to single quotes; double quotes keep every value on one line, escaped
        return text.startsWith("'") ? quoted(value) : text;
    }

    /** Always double-quoted, with YAML escapes for anything that isn't printable text. */
    public static String quoted(String value) {
        return emit(value, Tag.STR, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    /** A number as written in YAML ({@code 42}, {@code -1.5e3}, {@code .inf}); refused when it reads back as anything else. */
    public static String number(String text) {
        Tag tag = ReaderResolver.INSTANCE.resolve(NodeId.scalar, text, true);
        if (!tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)) {
            throw new IllegalArgumentException("'" + text + "' does not read back as a YAML number");
        }
        return emit(text, tag, DumperOptions.ScalarStyle.PLAIN);
    }

    /**
     * Any value the reader gives: null, Boolean, Number, String, List or Map (string keys) of them, nested. Numbers
     * are written as their {@code toString()}.
     */
    public static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof java.math.BigDecimal d) {
            return number(d.toPlainString());  // toString() says 1E-7, which YAML reads as a string
        }
        if (v instanceof Number n) {
            return number(n.toString());
        }
        if (v instanceof String s) {
            return plainOrQuoted(s);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(YamlScalars::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            return map.isEmpty() ? "{}" : map.entrySet().stream()
                    .map(e -> plainOrQuoted((String) e.getKey()) + ": " + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
        throw new IllegalArgumentException("not a YAML value: " + v.getClass().getName());
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

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i)) && needsEscape(s.charAt(i), s, i)) {
                return true;
            }
        }
        return false;
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

    private static String emit(String value, Tag tag, DumperOptions.ScalarStyle style) {
        if (hasLoneSurrogate(value)) {
            // not Unicode text: no UTF-8 file holds it, and SnakeYAML's emitter would join it to the next char
            throw new IllegalArgumentException("a lone UTF-16 surrogate is not text a YAML file can hold: "
                    + printable(value));
        }
        boolean plain = ReaderResolver.INSTANCE.resolve(NodeId.scalar, value, true).equals(tag);
        StringWriter out = new StringWriter();
        Emitter emitter = new Emitter(out, OPTIONS);
        try {
            emitter.emit(new StreamStartEvent(null, null));
            emitter.emit(new DocumentStartEvent(null, null, false, null, null));
            emitter.emit(new SequenceStartEvent(null, null, true, null, null, DumperOptions.FlowStyle.FLOW));
            emitter.emit(new ScalarEvent(null, tag.getValue(), new ImplicitTuple(plain, tag.equals(Tag.STR)), value,
                    null, null, style));
            emitter.emit(new SequenceEndEvent(null, null));
            emitter.emit(new DocumentEndEvent(null, null, false));
            emitter.emit(new StreamEndEvent(null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString();
        // "[value]\n": the brackets are the sequence written around it
        return text.substring(1, text.lastIndexOf(']'));
    }
}
