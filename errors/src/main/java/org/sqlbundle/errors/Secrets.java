package org.sqlbundle.errors;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one scrubber of every text that leaves sqlbundle on an error path: driver messages, target descriptions,
 * reports, stack traces. It masks what looks like a credential in any URL ({@code user:password@host},
 * {@code password=...}) and every password the run was given ({@link #register}: options, environment,
 * config, URLs). A registered secret is masked only as a whole token, so a short password does not garble the
 * words that happen to contain it ({@code test} leaves {@code org.testcontainers} alone).
 */
public final class Secrets {

    /** What a masked secret is replaced with. */
    public static final String MASK = "***";

    /** {@code scheme://user:password@host}: the password part, up to the last '@' before the host. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?#\\s]*:)([^/\\s]*)@");
    /** {@code password=value} in a query string, an H2/MySQL property list or a message. */
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)((?:password|passwd|pwd)=)([^&;,\\s'\"]+)");

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Secrets() {
    }

    /** A password this run knows; every later {@link #scrub} masks it. Null and empty are ignored. */
    public static void register(String secret) {
        if (secret != null && !secret.isEmpty()) {
            KNOWN.add(secret);
        }
    }

    /** The passwords written into {@code url} (user info and password parameters), registered. */
    public static void registerUrl(String url) {
        if (url == null) {
            return;
        }
        for (Pattern p : List.of(USER_INFO, PASSWORD_PARAM)) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                register(m.group(2));
            }
        }
    }

    /** {@code text} with URL credentials and every registered secret replaced by {@value #MASK}. */
    public static String scrub(String text) {
        if (text == null) {
            return "null";
        }
        String out = USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        out = PASSWORD_PARAM.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        // longest first: a secret that contains another is masked whole
        List<String> known = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        for (String secret : known) {
            out = maskToken(out, secret);
        }
        return out;
    }

    /** Every occurrence of {@code secret} not glued to a letter, digit or '_' on a side where it has one. */
    public static String maskToken(String text, String secret) {
        StringBuilder out = null;
        int from = 0;
        int at = text.indexOf(secret);
        while (at >= 0) {
            int end = at + secret.length();
            boolean startOk = at == 0 || !isWord(secret.charAt(0)) || !isWord(text.charAt(at - 1));
            boolean endOk = end == text.length() || !isWord(secret.charAt(secret.length() - 1))
                    || !isWord(text.charAt(end));
            if (startOk && endOk) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, at).append(MASK);
                from = end;
                at = text.indexOf(secret, end);
            } else {
                at = text.indexOf(secret, at + 1);
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
