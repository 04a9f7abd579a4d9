package org.sqlbundle.compiler.internal.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the closest known word for a misspelt one (edit distance at most a third of its length, and 3). */
public final class DidYouMean {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        int limit = Math.min(3, Math.max(1, word.length() / 3));
        String lowerWord = word.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(lowerWord, k.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k));
    }

    /** "did you mean 'x'?" or a list of what is allowed when nothing is close. */
    public static String hint(String word, Collection<String> known) {
        return closest(word, known).map(k -> "did you mean '" + k + "'?")
                .orElse("expected one of: " + String.join(", ", known.stream().sorted().toList()));
    }

    static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }
}
