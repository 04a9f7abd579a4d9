package org.sqlbundle.compiler.internal.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.compiler.internal.source.DidYouMean;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.errors.SourcePos;

/**
 * MySQL/MariaDB table options as an author writes them ({@code table_options: {engine, charset, collation}}):
 * known engines and character sets in their canonical spelling, a collation that belongs to its charset, and no
 * foreign key on an engine that ignores them. Codes E162 (unknown engine or charset), E163 (collation), E165.
 */
public final class TableOptionRules {

    public static final Set<String> KEYS = Set.of("engine", "charset", "collation");

    /** Lower-case spelling -> the server's spelling (SHOW ENGINES), MySQL 8 and MariaDB 10.x together. */
    private static final Map<String, String> ENGINES = new LinkedHashMap<>();
    /** Engines that enforce foreign keys; InnoDB ignores none, MyISAM and the rest parse and drop them. */
    private static final Set<String> FOREIGN_KEY_ENGINES = Set.of("InnoDB", "NDBCLUSTER");
    /** Character sets of MySQL 8 and MariaDB 10.x ({@code SHOW CHARACTER SET}); utf8 is utf8mb3's old name. */
    static final Set<String> CHARSETS = new TreeSet<>(List.of("armscii8", "ascii", "big5", "binary", "cp1250",
            "cp1251", "cp1256", "cp1257", "cp850", "cp852", "cp866", "cp932", "dec8", "eucjpms", "euckr", "gb18030",
            "gb2312", "gbk", "geostd8", "greek", "hebrew", "hp8", "keybcs2", "koi8r", "koi8u", "latin1", "latin2",
            "latin5", "latin7", "macce", "macroman", "sjis", "swe7", "tis620", "ucs2", "ujis", "utf16", "utf16le",
            "utf32", "utf8", "utf8mb3", "utf8mb4"));
    private static final Pattern COLLATION = Pattern.compile("[a-z0-9_]+");

    static {
        for (String e : List.of("InnoDB", "MyISAM", "MEMORY", "CSV", "ARCHIVE", "BLACKHOLE", "MRG_MyISAM",
                "FEDERATED", "NDBCLUSTER", "EXAMPLE", "Aria", "ROCKSDB", "ColumnStore", "S3", "SPIDER", "CONNECT",
                "SEQUENCE", "OQGRAPH", "Mroonga", "TokuDB")) {
            ENGINES.put(e.toLowerCase(Locale.ROOT), e);
        }
        // the servers' own aliases, stored under the name information_schema reports
        ENGINES.put("heap", "MEMORY");
        ENGINES.put("merge", "MRG_MyISAM");
        ENGINES.put("ndb", "NDBCLUSTER");
    }

    private TableOptionRules() {
    }

    /** Reads {@code table_options} of create_table, or the option keys of alter_table_options, checked. */
    public static TableOptions read(Fields f, String where) {
        Optional<String> engine = f.optString("engine").map(e -> engine(e, f.pos("engine"), where));
        Optional<String> charset = f.optString("charset").map(c -> charset(c, f.pos("charset"), where));
        Optional<String> collation = f.optString("collation")
                .map(c -> collation(c, charset, f.pos("collation"), where));
        // a collation names its charset: stating it keeps the model's charset true without the author repeating it
        return new TableOptions(engine, charset.or(() -> collation.map(TableOptionRules::charsetOf)), collation);
    }

    /** {@code table_options: {...}} of create_table; NONE when absent. */
    static TableOptions readNested(Fields f, String table) {
        Optional<Node> node = f.optional("table_options");
        if (node.isEmpty()) {
            return TableOptions.NONE;
        }
        return read(Fields.of(node.get(), "table_options", KEYS), "create_table " + table + " table_options");
    }

    private static String engine(String written, SourcePos pos, String where) {
        String known = ENGINES.get(written.toLowerCase(Locale.ROOT));
        if (known == null) {
            throw Fields.error(pos, "E162", where + ": unknown storage engine '" + written + "'",
                    DidYouMean.hint(written, new TreeSet<>(ENGINES.values())));
        }
        return known;
    }

    private static String charset(String written, SourcePos pos, String where) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (!CHARSETS.contains(lower)) {
            throw Fields.error(pos, "E162", where + ": unknown character set '" + written + "'",
                    DidYouMean.hint(lower, CHARSETS));
        }
        return lower;
    }

    private static String collation(String written, Optional<String> charset, SourcePos pos, String where) {
        String lower = written.toLowerCase(Locale.ROOT);
        String of = COLLATION.matcher(lower).matches() ? charsetOf(lower) : null;
        if (of == null) {
            throw Fields.error(pos, "E163", where + ": '" + written + "' is not a collation of any known character "
                    + "set", "write the collation's full name, which starts with its charset, e.g. utf8mb4_unicode_ci");
        }
        if (charset.isPresent() && !canonical(charset.get()).equals(canonical(of))) {
            throw Fields.error(pos, "E163", where + ": collation " + lower + " belongs to character set " + of
                    + ", not " + charset.get(), "pick a " + charset.get() + "_... collation, or change the charset");
        }
        return lower;
    }

    /** The charset a collation belongs to (the longest known charset its name starts with); null if none. */
    public static String charsetOf(String collation) {
        if (collation.equals("binary")) {
            return "binary";
        }
        String best = null;
        for (String c : CHARSETS) {
            if (collation.startsWith(c + "_") && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    /** The server's spelling of an engine written in any case ({@code innodb} is {@code InnoDB}); as given if unknown. */
    public static String engineSpelling(String engine) {
        return ENGINES.getOrDefault(engine.toLowerCase(Locale.ROOT), engine);
    }

    /** utf8 is the old name of utf8mb3; the servers report utf8mb3. */
    public static String canonical(String charsetOrCollation) {
        return charsetOrCollation.equals("utf8") || charsetOrCollation.startsWith("utf8_")
                ? "utf8mb3" + charsetOrCollation.substring(4) : charsetOrCollation;
    }

    /**
     * E165 unless both ends of a foreign key are on engines that enforce it: MyISAM and most others parse a
     * FOREIGN KEY clause and drop it, so the database would silently lack what the model says it has.
     */
    static void requireForeignKeyEngine(Table table, String other, Schema schema, SourcePos pos, String where) {
        for (Table t : List.of(table, schema.table(other).orElse(table))) {
            Optional<String> engine = t.options().engine();
            if (engine.isPresent() && !FOREIGN_KEY_ENGINES.contains(engine.get())) {
                throw Fields.error(pos, "E165", where + ": table " + t.name() + " uses engine " + engine.get()
                        + ", which does not enforce foreign keys (MySQL and MariaDB would drop the constraint "
                        + "silently)", "use engine InnoDB for both tables, or leave the foreign key out");
            }
        }
    }
}
