package org.sqlbundle.compiler.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever YamlScalars writes, YamlReader reads back as the same value: strings (the YAML look-alikes of numbers,
 * booleans, nulls and dates among them), numbers in every YAML spelling, booleans, nulls, and lists and maps of them.
 */
class YamlRoundTripPropertiesTest {

    /** A number as its YAML text: the reader keeps the text, so that is what must come back. */
    record Num(String text) {
    }

    /** Strings YAML resolvers read as something else when plain, or that need quoting or escapes. */
    private static final List<String> TRICKY = List.of("1e10", "1E10", "-1.5e-3", "1_000", "0x1F", "0o17", "017",
            "0b101", ".inf", "-.inf", ".nan", "yes", "no", "on", "off", "y", "n", "Yes", "ON", "true", "False", "~",
            "null", "Null", "NULL", "", " ", "2024-01-01", "2024-01-01 10:00:00", "1:20", "190:20:30.15", "<<", "=",
            " lead", "trail ", "#", "a #b", "a# b", ": ", "a: b", "a:b", "- x", "-", "?", "? x", "[x]", "{x}", "a, b",
            "&a", "*b", "!t", "%d", "@", "`", "|", ">", "'", "\"", "\\", "line\nbreak", "\n", "cr\r", "tab\t",
            "bell\u0007", "nul\u0000", "del\u007f", "nel\u0085", "ls\u2028", "ps\u2029", "\ufeffbom", "zwsp\u200b",
            "ünïcödé", "日本語", "emoji 🚀", "--- ", "...", "---");
    private static final List<String> NUMBERS = List.of("0", "-0", "+1", "42", "1_000", "0x1F", "-0x1f", "0b101",
            "017", "1.5", "-1.50", "1.", ".5", "1e10", "1E+10", "2.5e-3", ".inf", "-.inf", "+.inf", ".nan", ".NaN",
            "123456789012345678901234567890", "190:20:30.15");

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.recursive(this::scalars, this::containers, 0, 3);
    }

    private Arbitrary<Object> scalars() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(12).filter(YamlRoundTripPropertiesTest::unicode).map(s -> (Object) s)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars(" #:-?[]{},&*!|>'\"%@`~\n\t.0123456789eExyno")
                        .ofMaxLength(8).map(s -> (Object) s)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(TRICKY).map(s -> (Object) s)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(NUMBERS).map(s -> (Object) new Num(s))),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(l -> (Object) new Num(Long.toString(l)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigDecimals().ofScale(3).map(d -> (Object) new Num(d.toString()))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }

    private Arbitrary<Object> containers(Arbitrary<Object> inner) {
        Arbitrary<Object> lists = inner.list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> maps = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(6).filter(YamlRoundTripPropertiesTest::unicode),
                Arbitraries.of(TRICKY)), inner).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(lists, maps);
    }

    @Property(tries = 1000)
    void writtenValuesReadBackEqual(@ForAll("values") Object value) {
        String yaml = "k: " + YamlScalars.value(written(value)) + "\n";
        Node.MapNode root = (Node.MapNode) YamlReader.read(new StringReader(yaml), "written.yaml");
        Object back = read(root.entries().get("k").value());
        if (!java.util.Objects.equals(value, back)) {
            assertEquals(escaped(value), escaped(back), escaped(yaml));
        }
        Statistics.label("kind").collect(value == null ? "null" : value.getClass().getSimpleName());
    }

    @Property(tries = 300)
    void quotedStringsReadBackEqual(@ForAll("values") Object value) {
        if (value instanceof String s) {
            Node.MapNode root = (Node.MapNode) YamlReader.read(new StringReader("k: " + YamlScalars.quoted(s)), "q");
            assertEquals(s, ((Node.ScalarNode) root.entries().get("k").value()).text());
        }
    }

    /** The generated value as YamlScalars takes it: a number as a BigDecimal-free Number of its text. */
    private static Object written(Object v) {
        if (v instanceof Num n) {
            return new YamlNumber(n.text());
        }
        if (v instanceof List<?> l) {
            return l.stream().map(YamlRoundTripPropertiesTest::written).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, written(x)));
            return out;
        }
        return v;
    }

    /** Java strings that are Unicode text: lone surrogates are refused (YamlScalarsTest). */
    private static boolean unicode(String s) {
        return s.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** Non-ASCII as \\uXXXX, so a failure shows which character differs. */
    private static String escaped(Object value) {
        StringBuilder out = new StringBuilder();
        String.valueOf(value).chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format(java.util.Locale.ROOT, "\\u%04x", c)));
        return out.toString();
    }

    private static Object read(Node node) {
        if (node instanceof Node.MapNode m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.entries().values().forEach(e -> out.put(e.key(), read(e.value())));
            return out;
        }
        if (node instanceof Node.ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(read(i)));
            return out;
        }
        Node.ScalarNode s = (Node.ScalarNode) node;
        return switch (s.type()) {
            case STRING -> s.text();
            case INTEGER, DECIMAL -> new Num(s.text());
            case BOOLEAN -> Boolean.valueOf(s.text());
            case NULL -> null;
        };
    }

    /** A Number whose toString is the YAML text, so any YAML spelling of a number can be written. */
    private static final class YamlNumber extends Number {
        private final String text;

        YamlNumber(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int intValue() {
            return new BigDecimal(text).intValue();
        }

        @Override
        public long longValue() {
            return new BigDecimal(text).longValue();
        }

        @Override
        public float floatValue() {
            return new BigDecimal(text).floatValue();
        }

        @Override
        public double doubleValue() {
            return new BigDecimal(text).doubleValue();
        }
    }
}
