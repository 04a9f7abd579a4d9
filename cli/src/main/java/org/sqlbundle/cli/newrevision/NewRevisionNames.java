package org.sqlbundle.cli.newrevision;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Id and file name of a new revision: 12 random hex characters, as Alembic, and a slug of the message. */
public final class NewRevisionNames {

    private static final int ID_BYTES = 6;
    private static final int SLUG_MAX = 40;

    private NewRevisionNames() {
    }

    public static String randomId(RandomGenerator random) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code <id>_<slug>.yaml}, or {@code <id>.yaml} when the message has no letters or digits. */
    public static String fileName(String id, String message) {
        String slug = slug(message);
        return slug.isEmpty() ? id + ".yaml" : id + "_" + slug + ".yaml";
    }

    /** Lower-case ASCII words joined by '_', accents dropped, cut at a word boundary near 40 characters. */
    static String slug(String message) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() <= SLUG_MAX) {
            return slug;
        }
        String cut = slug.substring(0, SLUG_MAX);
        int lastBreak = cut.lastIndexOf('_');
        return lastBreak > 0 ? cut.substring(0, lastBreak) : cut;
    }
}
