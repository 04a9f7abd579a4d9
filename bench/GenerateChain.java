import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Writes a synthetic revision chain for benchmarks and tests:
 *
 * <pre>java bench/GenerateChain.java &lt;out-dir&gt; &lt;revisions&gt; [seed]</pre>
 *
 * The revisions look like examples/lbaas (create_table with foreign keys, uniques and checks, indexes, enums,
 * added / altered / renamed / dropped columns, renamed and dropped tables, seed inserts, raw sql data fixes)
 * and are valid at every step under the compiler's model rules, because the generator keeps its own small
 * model of the schema and only picks changes that model allows. The same seed always gives the same files.
 * Everything is built in memory and written to a temporary directory that is then renamed to out-dir, so
 * a reader never sees half a chain. No dependencies: it runs with the JDK's single-file launcher.
 */
public final class GenerateChain {

    // ---------------------------------------------------------------- the generator's own schema model

    static final class Col {
        String name;
        String type;
        boolean nullable;
        String def; // the YAML literal of the default, or null

        Col(String name, String type, boolean nullable, String def) {
            this.name = name;
            this.type = type;
            this.nullable = nullable;
            this.def = def;
        }
    }

    record Idx(String name, String column) {
    }

    record Fk(String name, String column, Table ref) {
    }

    static final class Table {
        String name;
        final String word;
        final int seq; // creation order: foreign keys only point at older tables, so drops never deadlock
        final List<Col> cols = new ArrayList<>();
        final List<Idx> indexes = new ArrayList<>();
        final List<Fk> fks = new ArrayList<>();
        final Set<String> uniqueCols = new HashSet<>();
        final Set<String> checkedCols = new HashSet<>();
        final Set<String> everUsed = new HashSet<>(); // column names, never reused within the table
        int nextCol = 1;
        int referencedBy;
        boolean hasRows;

        Table(String name, String word, int seq) {
            this.name = name;
            this.word = word;
            this.seq = seq;
        }

        Col col(String n) {
            for (Col c : cols) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        boolean isFkColumn(String n) {
            return fks.stream().anyMatch(f -> f.column.equals(n));
        }

        /** A column the model won't let us drop, rename freely or (for keys) retype. */
        boolean locked(String n) {
            return n.equals("id") || isFkColumn(n) || uniqueCols.contains(n) || checkedCols.contains(n)
                    || indexes.stream().anyMatch(i -> i.column.equals(n));
        }

        String newColumnName(String base) {
            String n = base + "_" + nextCol++;
            everUsed.add(n);
            return n;
        }
    }

    private static final String[] TABLE_WORDS = {"accounts", "orders", "invoices", "customers", "products",
        "shipments", "tenants", "projects", "tickets", "payments", "addresses", "contracts", "devices", "sessions",
        "audits", "quotes", "warehouses", "vendors", "regions", "policies"};
    private static final String[] COLUMN_WORDS = {"name", "status", "amount", "code", "note", "label", "total",
        "region", "priority", "owner", "source", "ref", "kind", "score", "active", "started_at", "due_on", "price",
        "weight", "comment_text"};
    private static final String[] STRING_LENGTHS = {"32", "64", "128", "255"};

    private final Random rnd;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Table> tableList = new ArrayList<>(); // for random picks in a stable order
    private final Map<String, List<String>> enums = new LinkedHashMap<>();
    private final Set<String> liveIndexNames = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private int tableCounter;
    private int enumCounter;
    private int valueCounter;

    /** The ops of the revision being built, as YAML list items, and its explicit downgrade if it needs one. */
    private final StringBuilder ops = new StringBuilder();
    private String explicitDowngrade;
    private String firstDescription;

    GenerateChain(long seed) {
        this.rnd = new Random(seed);
    }

    // ---------------------------------------------------------------- revision building

    record RevisionFile(String fileName, String content) {
    }

    List<RevisionFile> generate(int count) {
        List<RevisionFile> files = new ArrayList<>(count);
        String parent = null;
        for (int i = 0; i < count; i++) {
            ops.setLength(0);
            explicitDowngrade = null;
            firstDescription = null;
            if (i == 0) {
                // a base with a few related tables, as every real chain starts
                for (int t = 0; t < 4; t++) {
                    createTable();
                }
            } else if (i % 97 == 0 && sqlDataFix()) {
                // a data fix is a revision of its own: raw sql needs the explicit downgrade
            } else if (i % 31 == 0 && tightenWithBackfill()) {
                // so is NOT NULL on an existing column: rows may hold NULL there, so it fills them first
            } else {
                int wanted = 1 + rnd.nextInt(3);
                for (int n = 0; n < wanted; n++) {
                    randomOp();
                }
            }
            String id = newId();
            StringBuilder y = new StringBuilder(256 + ops.length());
            y.append("id: ").append(id).append('\n');
            y.append("parent: ").append(parent == null ? "null" : parent).append('\n');
            String message = i == 0 ? "initial schema" : firstDescription;
            y.append("message: \"").append(message).append("\"\n");
            String tag = i == 0 ? "start" : (i + 1) % 1000 == 0 ? "release_" + ((i + 1) / 1000) : null;
            if (tag != null) {
                y.append("tags: [").append(tag).append("]\n");
            }
            y.append("upgrade:\n").append(ops);
            if (explicitDowngrade != null) {
                y.append("downgrade:\n").append(explicitDowngrade);
            }
            files.add(new RevisionFile(id + "_" + slug(message) + ".yaml", y.toString()));
            parent = id;
        }
        return files;
    }

    private String newId() {
        while (true) {
            String id = String.format(Locale.ROOT, "%012x", rnd.nextLong() & 0xffff_ffff_ffffL);
            // an all-digit id would read as a YAML number; ids must also be unique
            if (!id.chars().allMatch(Character::isDigit) && ids.add(id)) {
                return id;
            }
        }
    }

    private static String slug(String message) {
        String s = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("_$", "") : s;
    }

    private void op(String description, String yaml) {
        if (firstDescription == null) {
            firstDescription = description;
        }
        ops.append(yaml);
    }

    /** Picks weighted op kinds until one fits the current schema; every kind returns false when it can't. */
    private void randomOp() {
        int n = tableList.size();
        List<BooleanSupplier> kinds = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        add(kinds, weights, n < 5 ? 30 : n < 150 ? 6 : 1, this::createTable);
        add(kinds, weights, 14, this::addColumn);
        add(kinds, weights, 8, this::createIndex);
        add(kinds, weights, 6, this::addForeignKey);
        add(kinds, weights, 6, this::widenType);
        add(kinds, weights, 5, this::changeNullability);
        add(kinds, weights, 6, this::changeDefault);
        add(kinds, weights, 5, this::renameColumn);
        add(kinds, weights, 5, this::dropIndex);
        add(kinds, weights, 6, this::dropColumn);
        add(kinds, weights, n > 40 ? 4 : 1, this::dropTable);
        add(kinds, weights, 2, this::renameTable);
        add(kinds, weights, 2, this::insertRows);
        add(kinds, weights, 2, this::addCheck);
        add(kinds, weights, 1, this::dropEnum);
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        for (int attempt = 0; attempt < 50; attempt++) {
            int r = rnd.nextInt(total);
            for (int k = 0; k < kinds.size(); k++) {
                r -= weights.get(k);
                if (r < 0) {
                    if (kinds.get(k).getAsBoolean()) {
                        return;
                    }
                    break;
                }
            }
        }
        createTable(); // always possible
    }

    private static void add(List<BooleanSupplier> kinds, List<Integer> weights, int weight, BooleanSupplier kind) {
        kinds.add(kind);
        weights.add(weight);
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private Table randomTable() {
        return tableList.isEmpty() ? null : pick(tableList);
    }

    // ---------------------------------------------------------------- column types and values

    private String randomType() {
        return switch (rnd.nextInt(12)) {
            case 0, 1, 2, 3 -> "string(" + STRING_LENGTHS[rnd.nextInt(STRING_LENGTHS.length)] + ")";
            case 4, 5 -> "integer";
            case 6 -> "bigint";
            case 7 -> "boolean";
            case 8 -> "text";
            case 9 -> "datetime";
            case 10 -> "date";
            default -> "decimal(12,2)";
        };
    }

    /**
     * A default fit for the type, or null where MySQL forbids one (text) or none reads naturally.
     * current_timestamp only in create_table: SQLite can't ADD COLUMN with a non-constant default.
     */
    private String defaultFor(String type, boolean allowExpression) {
        if (type.startsWith("string(")) {
            return "'" + pick(List.of("new", "active", "none", "n/a")) + "'";
        }
        if (type.startsWith("decimal(")) {
            return "0";
        }
        return switch (type) {
            case "integer", "bigint" -> Integer.toString(rnd.nextInt(10));
            case "boolean" -> rnd.nextBoolean() ? "true" : "false";
            case "datetime" -> allowExpression ? "{expr: current_timestamp}" : null;
            default -> null;
        };
    }

    private String valueFor(Col c) {
        String t = c.type;
        int v = ++valueCounter;
        if (t.startsWith("string(") || t.equals("text")) {
            return "'v" + v + "'";
        }
        if (t.startsWith("decimal(")) {
            return v + ".25";
        }
        if (t.startsWith("enum(")) {
            return enums.get(t.substring(5, t.length() - 1)).get(0);
        }
        return switch (t) {
            case "integer", "bigint" -> Integer.toString(v);
            case "boolean" -> "true";
            case "datetime" -> "'2013-04-04 12:00:00'";
            case "date" -> "'2013-04-04'";
            default -> throw new IllegalStateException("no value for type " + t);
        };
    }

    /** MySQL counts 4 bytes per utf8mb4 varchar character against its 65,535-byte row limit. */
    private static final int ROW_BUDGET = 60_000;
    /** 512 utf8mb4 characters stay under MySQL's 3072-byte index key limit. */
    private static final int INDEXABLE_LENGTH = 512;

    private static int stringLength(String type) {
        return type.startsWith("string(") ? Integer.parseInt(type.substring(7, type.length() - 1)) : 0;
    }

    private static int rowBytes(Table t) {
        int bytes = 0;
        for (Col c : t.cols) {
            bytes += c.type.startsWith("string(") ? 4 * stringLength(c.type) + 2 : 12;
        }
        return bytes;
    }

    private static String quoteType(String type) {
        return type.contains(",") ? "'" + type + "'" : type; // a comma would end a YAML flow map entry
    }

    private static String columnYaml(Col c, String extra) {
        StringBuilder s = new StringBuilder("{ name: ").append(c.name).append(", type: ").append(quoteType(c.type));
        if (!c.nullable) {
            s.append(", nullable: false");
        }
        if (c.def != null) {
            s.append(", default: ").append(c.def);
        }
        return s.append(extra).append(" }").toString();
    }

    // ---------------------------------------------------------------- ops

    private boolean createTable() {
        String word = TABLE_WORDS[rnd.nextInt(TABLE_WORDS.length)];
        Table t = new Table(word + "_" + (++tableCounter), word, tableCounter);
        StringBuilder y = new StringBuilder();
        String enumName = null;
        if (rnd.nextInt(6) == 0) {
            enumName = word + "_status_" + (++enumCounter);
            List<String> labels = List.of("ACTIVE", "PENDING", "ERROR", "DELETED").subList(0, 2 + rnd.nextInt(3));
            enums.put(enumName, labels);
            op("create enum " + enumName, "  - create_enum: { name: " + enumName + ", values: ["
                    + String.join(", ", labels) + "] }\n");
        }
        y.append("  - create_table:\n      name: ").append(t.name).append("\n      columns:\n");
        t.cols.add(new Col("id", "string(36)", false, null));
        t.everUsed.add("id");
        y.append("        - { name: id, type: string(36), primary_key: true }\n");
        Table ref = tableList.isEmpty() || rnd.nextInt(3) == 0 ? null : randomTable();
        String fkCol = null;
        if (ref != null) {
            fkCol = ref.name + "_id";
            t.everUsed.add(fkCol);
            Col c = new Col(fkCol, "string(36)", true, null);
            t.cols.add(c);
            y.append("        - ").append(columnYaml(c, "")).append('\n');
        }
        int plain = 2 + rnd.nextInt(4);
        String uniqueCol = null;
        String checkCol = null;
        for (int k = 0; k < plain; k++) {
            String type = randomType();
            boolean notNull = rnd.nextInt(3) == 0;
            String def = rnd.nextBoolean() || notNull ? defaultFor(type, true) : null;
            Col c = new Col(t.newColumnName(COLUMN_WORDS[rnd.nextInt(COLUMN_WORDS.length)]), type, !notNull, def);
            String extra = "";
            if (uniqueCol == null && type.startsWith("string(") && rnd.nextInt(4) == 0) {
                uniqueCol = c.name;
                extra = ", unique: true";
            } else if (checkCol == null && type.equals("integer") && rnd.nextInt(3) == 0) {
                checkCol = c.name;
            }
            t.cols.add(c);
            y.append("        - ").append(columnYaml(c, extra)).append('\n');
        }
        if (enumName != null) {
            Col c = new Col(t.newColumnName("state"), "enum(" + enumName + ")", false,
                    enums.get(enumName).get(0));
            t.cols.add(c);
            y.append("        - ").append(columnYaml(c, "")).append('\n');
        }
        if (ref != null) {
            Fk fk = new Fk("fk_" + t.name + "_" + fkCol, fkCol, ref);
            t.fks.add(fk);
            ref.referencedBy++;
            y.append("      foreign_keys:\n        - { name: ").append(fk.name).append(", columns: [").append(fkCol)
                    .append("], references: { table: ").append(ref.name).append(", columns: [id] }, on_delete: ")
                    .append(rnd.nextBoolean() ? "cascade" : "set null").append(" }\n");
        }
        if (uniqueCol != null) {
            t.uniqueCols.add(uniqueCol);
        }
        if (checkCol != null) {
            t.checkedCols.add(checkCol);
            y.append("      checks:\n        - { name: ck_").append(t.name).append('_').append(checkCol)
                    .append(", expression: \"").append(checkCol).append(" >= 0\" }\n");
        }
        tables.put(t.name, t);
        tableList.add(t);
        op("create table " + t.name, y.toString());
        if (rnd.nextBoolean()) {
            createIndexOn(t);
        }
        return true;
    }

    private boolean addColumn() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        String type = randomType();
        if (type.startsWith("string(") && rowBytes(t) + 4 * stringLength(type) > ROW_BUDGET) {
            type = "integer";
        }
        String def = rnd.nextBoolean() ? defaultFor(type, false) : null;
        boolean notNull = def != null && rnd.nextInt(3) == 0; // NOT NULL only with a default, rows may exist
        Col c = new Col(t.newColumnName(COLUMN_WORDS[rnd.nextInt(COLUMN_WORDS.length)]), type, !notNull, def);
        t.cols.add(c);
        op("add column " + t.name + "." + c.name,
                "  - add_column: { table: " + t.name + ", column: " + columnYaml(c, "") + " }\n");
        return true;
    }

    private boolean createIndex() {
        Table t = randomTable();
        return t != null && createIndexOn(t);
    }

    /**
     * Indexes a column MySQL can index without a prefix length (no text, strings kept short). Never a
     * foreign-key column: MySQL adopts such an index to enforce the key and then refuses to drop it, which the
     * derived downgrade of create_index would do. (H2 does too, but its bundles drop and re-add the key around
     * the drop: 200-revision chains with this rule lifted verify on H2.)
     */
    private boolean createIndexOn(Table t) {
        List<Col> candidates = t.cols.stream().filter(c -> !c.name.equals("id") && !c.type.equals("text")
                && !t.isFkColumn(c.name)
                && stringLength(c.type) <= INDEXABLE_LENGTH
                && t.indexes.stream().noneMatch(i -> i.column.equals(c.name))).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Col c = pick(candidates);
        String name = "ix_" + t.name + "_" + c.name;
        if (!liveIndexNames.add(name)) {
            return false;
        }
        t.indexes.add(new Idx(name, c.name));
        op("create index " + name, "  - create_index: { name: " + name + ", table: " + t.name + ", columns: ["
                + c.name + "] }\n");
        return true;
    }

    private boolean dropIndex() {
        List<Table> withIndexes = tableList.stream().filter(t -> !t.indexes.isEmpty()).toList();
        if (withIndexes.isEmpty()) {
            return false;
        }
        Table t = pick(withIndexes);
        Idx i = t.indexes.remove(rnd.nextInt(t.indexes.size()));
        liveIndexNames.remove(i.name);
        op("drop index " + i.name, "  - drop_index: { name: " + i.name + " }\n");
        return true;
    }

    private boolean addForeignKey() {
        if (tableList.size() < 2) {
            return false;
        }
        Table a = randomTable();
        Table b = randomTable();
        if (b.seq >= a.seq) { // point at an older table only
            return false;
        }
        String colName = b.name + "_id";
        if (!a.everUsed.add(colName)) {
            colName = a.newColumnName(b.name + "_ref");
        }
        Col c = new Col(colName, "string(36)", true, null);
        a.cols.add(c);
        Fk fk = new Fk("fk_" + a.name + "_" + colName, colName, b);
        a.fks.add(fk);
        b.referencedBy++;
        op("add foreign key " + a.name + "." + colName + " to " + b.name,
                "  - add_column: { table: " + a.name + ", column: " + columnYaml(c, "") + " }\n"
                + "  - add_foreign_key:\n      table: " + a.name + "\n      name: " + fk.name + "\n      columns: ["
                + colName + "]\n      references: { table: " + b.name + ", columns: [id] }\n      on_delete: "
                + (rnd.nextBoolean() ? "cascade" : "set null") + "\n");
        return true;
    }

    /** Columns that are neither the key nor a foreign-key column: the model refuses retyping those. */
    private List<Col> plainColumns(Table t) {
        return t.cols.stream().filter(c -> !c.name.equals("id") && !t.isFkColumn(c.name)).toList();
    }

    private boolean widenType() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        List<Col> candidates = plainColumns(t);
        if (candidates.isEmpty()) {
            return false;
        }
        Col c = pick(candidates);
        String to;
        boolean indexed = t.locked(c.name);
        if (c.type.startsWith("string(")) {
            int n = stringLength(c.type);
            int cap = indexed ? INDEXABLE_LENGTH : 1024;
            if (n < cap && rowBytes(t) + 4 * (Math.min(cap, n * 2) - n) <= ROW_BUDGET) {
                to = "string(" + Math.min(cap, n * 2) + ")";
            } else if (!indexed && c.def == null) {
                to = "text";
            } else {
                return false;
            }
        } else if (c.type.equals("integer")) {
            to = "bigint";
        } else if (c.type.startsWith("decimal(")) {
            int p = Integer.parseInt(c.type.substring(8, c.type.indexOf(',')));
            if (p >= 30) {
                return false;
            }
            to = "decimal(" + (p + 4) + ",2)";
        } else {
            return false;
        }
        String from = c.type;
        c.type = to;
        op("widen " + t.name + "." + c.name + " from " + from + " to " + to,
                "  - alter_column: { table: " + t.name + ", name: " + c.name + ", type: " + quoteType(to) + " }\n");
        return true;
    }

    private boolean changeNullability() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        // only loosening here: tightening needs a backfill of existing NULLs, a revision of its own
        List<Col> candidates = t.cols.stream().filter(c -> !c.name.equals("id") && !c.nullable).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Col c = pick(candidates);
        c.nullable = true;
        op("allow NULL in " + t.name + "." + c.name,
                "  - alter_column: { table: " + t.name + ", name: " + c.name + ", nullable: true }\n");
        return true;
    }

    /**
     * NOT NULL on a nullable column with a default, as a careful migration does it: fill the rows holding NULL
     * with the default first (raw sql, so the revision gets an explicit downgrade, which only loosens again).
     */
    private boolean tightenWithBackfill() {
        List<Table> tables = tableList.stream().filter(t -> t.cols.stream().anyMatch(c -> backfillable(t, c)))
                .toList();
        if (tables.isEmpty()) {
            return false;
        }
        Table t = pick(tables);
        Col c = pick(t.cols.stream().filter(x -> backfillable(t, x)).toList());
        c.nullable = false;
        String value = c.def.startsWith("{expr:") ? "CURRENT_TIMESTAMP" : c.def;
        String plain = "UPDATE " + t.name + " SET " + c.name + " = " + value + " WHERE " + c.name + " IS NULL";
        String quoted = "UPDATE \\\"" + t.name + "\\\" SET \\\"" + c.name + "\\\" = " + value + " WHERE \\\""
                + c.name + "\\\" IS NULL";
        op("NOT NULL for " + t.name + "." + c.name, "  - sql:\n      sql: \"" + plain + "\"\n      dialects: { h2: \""
                + quoted + "\" }\n  - alter_column: { table: " + t.name + ", name: " + c.name + ", nullable: false }\n");
        explicitDowngrade = "  - alter_column: { table: " + t.name + ", name: " + c.name + ", nullable: true }\n";
        return true;
    }

    private static boolean backfillable(Table t, Col c) {
        return !c.name.equals("id") && c.nullable && c.def != null && !t.isFkColumn(c.name)
                && !t.locked(c.name) && !c.type.startsWith("enum(");
    }

    private boolean changeDefault() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        List<Col> candidates = plainColumns(t).stream().filter(c -> !c.type.startsWith("enum(")).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Col c = pick(candidates);
        String def;
        if (c.def != null) {
            def = "null";
            c.def = null;
        } else {
            def = defaultFor(c.type, false);
            if (def == null) {
                return false;
            }
            c.def = def;
        }
        op((def.equals("null") ? "drop default of " : "set default of ") + t.name + "." + c.name,
                "  - alter_column: { table: " + t.name + ", name: " + c.name + ", default: " + def + " }\n");
        return true;
    }

    private boolean renameColumn() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        List<Col> candidates = t.cols.stream().filter(c -> !t.locked(c.name)).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Col c = pick(candidates);
        String base = c.name.replaceAll("_\\d+$", "");
        String to = t.newColumnName(base);
        String from = c.name;
        c.name = to;
        op("rename " + t.name + "." + from + " to " + to,
                "  - alter_column: { table: " + t.name + ", name: " + from + ", rename_to: " + to + " }\n");
        return true;
    }

    private boolean dropColumn() {
        Table t = randomTable();
        if (t == null || t.cols.size() <= 2) {
            return false;
        }
        // the derived downgrade re-adds the column, and existing rows get its default: without one they would
        // hold NULLs that a later downgrade step (a NOT NULL coming back) would trip over
        List<Col> candidates = t.cols.stream().filter(c -> !t.locked(c.name) && (c.def != null || !t.hasRows))
                .toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Col c = pick(candidates);
        t.cols.remove(c);
        op("drop column " + t.name + "." + c.name,
                "  - drop_column: { table: " + t.name + ", name: " + c.name + " }\n");
        return true;
    }

    private boolean dropTable() {
        List<Table> unreferenced = tableList.stream().filter(t -> t.referencedBy == 0).toList();
        if (unreferenced.isEmpty() || tableList.size() <= 3) {
            return false;
        }
        Table t = pick(unreferenced);
        for (Fk fk : t.fks) {
            fk.ref.referencedBy--;
        }
        t.indexes.forEach(i -> liveIndexNames.remove(i.name));
        tables.remove(t.name);
        tableList.remove(t);
        op("drop table " + t.name, "  - drop_table: { name: " + t.name + " }\n");
        return true;
    }

    private boolean renameTable() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        // a fresh counter keeps every name ever used unique, so old constraint names never collide
        String to = t.word + "_" + (++tableCounter);
        String from = t.name;
        tables.remove(from);
        t.name = to;
        tables.put(to, t);
        op("rename table " + from + " to " + to, "  - rename_table: { name: " + from + ", to: " + to + " }\n");
        return true;
    }

    private boolean insertRows() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        StringBuilder y = new StringBuilder("  - insert:\n      table: ").append(t.name).append("\n      rows:\n");
        int rows = 1 + rnd.nextInt(2);
        for (int r = 0; r < rows; r++) {
            y.append("        - { id: '").append(uuid()).append('\'');
            for (Col c : t.cols) {
                if (!c.name.equals("id") && !t.isFkColumn(c.name)) {
                    y.append(", ").append(c.name).append(": ").append(valueFor(c));
                }
            }
            y.append(" }\n");
        }
        t.hasRows = true;
        op("seed " + t.name, y.toString());
        return true;
    }

    private String uuid() {
        return String.format(Locale.ROOT, "%08x-%04x-4%03x-8%03x-%012x", rnd.nextInt(), rnd.nextInt(0x10000), rnd.nextInt(0x1000),
                rnd.nextInt(0x1000), rnd.nextLong() & 0xffff_ffff_ffffL);
    }

    private boolean addCheck() {
        Table t = randomTable();
        if (t == null) {
            return false;
        }
        // inserted integers and defaults are never negative, so existing rows pass
        List<Col> candidates = t.cols.stream().filter(c -> (c.type.equals("integer") || c.type.equals("bigint"))
                && !t.checkedCols.contains(c.name)).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Col c = pick(candidates);
        t.checkedCols.add(c.name);
        String name = "ck_" + t.name + "_" + c.name;
        op("check " + t.name + "." + c.name + " >= 0", "  - add_check: { table: " + t.name + ", name: " + name
                + ", expression: \"" + c.name + " >= 0\" }\n");
        return true;
    }

    private boolean dropEnum() {
        Set<String> used = new HashSet<>();
        for (Table t : tableList) {
            for (Col c : t.cols) {
                if (c.type.startsWith("enum(")) {
                    used.add(c.type.substring(5, c.type.length() - 1));
                }
            }
        }
        List<String> unused = enums.keySet().stream().filter(e -> !used.contains(e)).toList();
        if (unused.isEmpty()) {
            return false;
        }
        String e = pick(unused);
        enums.remove(e);
        op("drop enum " + e, "  - drop_enum: { name: " + e + " }\n");
        return true;
    }

    /** A revision holding only a raw UPDATE, with its inverse as the explicit downgrade. */
    private boolean sqlDataFix() {
        List<Table> withStrings = tableList.stream().filter(t -> t.cols.stream()
                .anyMatch(c -> c.type.startsWith("string(") && !t.locked(c.name))).toList();
        if (withStrings.isEmpty()) {
            return false;
        }
        Table t = pick(withStrings);
        Col c = pick(t.cols.stream().filter(x -> x.type.startsWith("string(") && !t.locked(x.name)).toList());
        String from = "'legacy_" + (++valueCounter) + "'";
        String to = "'fixed_" + valueCounter + "'";
        op("data fix: " + t.name + "." + c.name, update(t.name, c.name, from, to));
        explicitDowngrade = update(t.name, c.name, to, from);
        return true;
    }

    /** H2 folds unquoted names to upper case while the bundle quotes them, so H2 gets a quoted variant. */
    private static String update(String table, String column, String from, String to) {
        String plain = "UPDATE " + table + " SET " + column + " = " + to + " WHERE " + column + " = " + from;
        String quoted = "UPDATE \\\"" + table + "\\\" SET \\\"" + column + "\\\" = " + to + " WHERE \\\"" + column
                + "\\\" = " + from;
        return "  - sql:\n      sql: \"" + plain + "\"\n      dialects: { h2: \"" + quoted + "\" }\n";
    }

    // ---------------------------------------------------------------- writing

    static void writeAtomically(Path out, List<RevisionFile> files) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp");
        for (RevisionFile f : files) {
            Files.writeString(tmp.resolve(f.fileName()), f.content(), StandardCharsets.UTF_8);
        }
        if (Files.exists(abs)) {
            replaceOldChain(abs);
        }
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs);
        }
    }

    /** Deletes a previous chain at out-dir, but only if it holds nothing but revision files. */
    private static void replaceOldChain(Path dir) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.toList();
        }
        for (Path p : entries) {
            if (!Files.isRegularFile(p) || !p.getFileName().toString().endsWith(".yaml")) {
                throw new IOException(dir + " exists and holds more than a chain (" + p.getFileName()
                        + "); refusing to replace it");
            }
        }
        for (Path p : entries) {
            Files.delete(p);
        }
        Files.delete(dir);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateChain.java <out-dir> <revisions> [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
        if (count < 1) {
            System.err.println("revisions must be at least 1");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<RevisionFile> files = new GenerateChain(seed).generate(count);
        writeAtomically(out, files);
        System.err.printf("wrote %d revisions to %s in %d ms%n", count, out,
                (System.nanoTime() - start) / 1_000_000);
    }
}
