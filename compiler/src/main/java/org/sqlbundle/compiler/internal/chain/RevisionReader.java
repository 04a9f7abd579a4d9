package org.sqlbundle.compiler.internal.chain;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.cache.ChainPack;
import org.sqlbundle.compiler.internal.ops.CheckExpressions;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.compiler.internal.source.LazySha256;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.Sha256;
import org.sqlbundle.compiler.internal.source.YamlReader;
import org.sqlbundle.compiler.internal.source.YamlText;
import org.sqlbundle.errors.SourcePos;

/** Reads one revision file; see docs/revision-format.md. */
public final class RevisionReader {

    static final Set<String> KEYS = Set.of("id", "parent", "message", "tags", "when", "upgrade", "downgrade",
            "lint", "symmetry");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");
    static final Pattern LINT_CODE = Pattern.compile("L[0-9]{3}");
    static final Pattern TAG = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
    /** Words that mean a position in every reference, so no id or tag may take them. */
    static final Set<String> RESERVED = Set.of("head", "base", "heads");

    private RevisionReader() {
    }

    /** Reads one revision file and parses its sql ops within the default budget (see {@link #checkSql}). */
    public static Revision read(Path file, String displayName) {
        return read(file, displayName, SqlOpCheck.standard());
    }

    /** Reads one revision file and parses its sql ops (see {@link #checkSql}). */
    public static Revision read(Path file, String displayName, SqlOpCheck sqlCheck) {
        Revision revision = readWithoutSqlCheck(file, displayName);
        checkSql(revision, sqlCheck);
        return revision;
    }

    /** Parses the SQL of the revision's {@code sql} and {@code create_view} ops with JSqlParser; throws E141-E143 (E144: a check expression that is not one boolean expression). */
    public static void checkSql(Revision revision, SqlOpCheck sqlCheck) {
        sqlCheck.check(revision.upgrade());
        revision.downgrade().ifPresent(sqlCheck::check);
    }

    /** Everything {@link #read} checks but the SQL of sql ops, which the compiler parses beside the model. */
    static Revision readWithoutSqlCheck(Path file, String displayName) {
        return readWithoutSqlCheck(file, displayName, ChainPack.none());
    }

    /**
     * As {@link #readWithoutSqlCheck(Path, String)}, taking the file's YAML tree from {@code pack} when it holds one
     * for these bytes, and keeping the tree there when not (docs/cache.md). The tree is all the cache replaces: every
     * check below runs on it either way, so a cached file fails as the file itself would.
     */
    static Revision readWithoutSqlCheck(Path file, String displayName, ChainPack pack) {
        byte[] bytes = YamlText.readBytes(file, displayName);
        if (pack == ChainPack.none()) {
            return fromTree(parse(bytes, displayName), new LazySha256(bytes));
        }
        String sha256 = Sha256.hex(bytes);
        Node cached = pack.root(sha256, displayName);
        if (cached != null) {
            return CheckExpressions.readingCached(true, () -> fromTree(cached, LazySha256.known(sha256)));
        }
        Node root = parse(bytes, displayName);
        pack.parsed(sha256, root);
        return fromTree(root, LazySha256.known(sha256));
    }

    private static Node parse(byte[] bytes, String displayName) {
        return YamlReader.read(new StringReader(YamlText.decode(bytes, displayName)), displayName);
    }

    private static Revision fromTree(Node root, LazySha256 hash) {
        if (!(root instanceof Node.MapNode)) {
            throw Fields.error(root.pos(), "E007", "not a revision: expected a map with id, parent, message, upgrade",
                    "see docs/revision-format.md, or move the file out of the chain directory");
        }
        // a map with neither id nor upgrade (a config file, say) is not a revision at all: say so, rather
        // than report its first key as an unknown revision key
        Node.MapNode map = (Node.MapNode) root;
        if (!map.entries().containsKey("id") && !map.entries().containsKey("upgrade")) {
            throw Fields.error(root.pos(), "E007", "not a revision: it has neither 'id' nor 'upgrade'",
                    "see docs/revision-format.md, or move the file out of the chain directory");
        }
        Fields f = Fields.of(root, "revision", KEYS);
        if (!f.has("id") || !f.has("upgrade")) {
            throw Fields.error(root.pos(), "E007", "not a revision: it has no " + (f.has("id") ? "'upgrade'" : "'id'")
                    + " key", "see docs/revision-format.md, or move the file out of the chain directory");
        }
        String id = f.string("id");
        if (!ID.matcher(id).matches() || RESERVED.contains(id) || id.length() > 32) {
            throw Fields.error(f.pos("id"), "E008", "revision id '" + id + "' must be 1-32 letters, digits and _ (the version "
                    + "column is a varchar(32), as Alembic's), and not "
                    + "one of " + RESERVED);
        }
        if (!f.has("parent")) {
            throw Fields.error(root.pos(), "E006", "revision is missing the required key 'parent'",
                    "write 'parent: null' for the first revision of the chain");
        }
        Optional<String> parent = f.optString("parent");
        String message = f.string("message");
        List<String> tags = f.stringList("tags");
        Map<String, SourcePos> tagPos = new LinkedHashMap<>();
        List<Node> tagNodes = f.list("tags");
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            SourcePos pos = tagNodes.get(i).pos();
            if (!TAG.matcher(tag).matches() || RESERVED.contains(tag)) {
                throw Fields.error(pos, "E009", "tag '" + tag + "' must start with a letter and hold "
                        + "letters, digits, '_', '.', '-', and not be one of " + RESERVED);
            }
            TagRules.shapeProblem(tag).ifPresent(why -> {
                throw Fields.error(pos, "E018", "tag '" + tag + "' " + why, TagRules.HINT);
            });
            tagPos.putIfAbsent(tag, pos);
        }
        List<String> features = f.optional("when")
                .map(w -> Fields.of(w, "when", Set.of("features")).requiredStringList("features"))
                .orElse(List.of());
        Set<String> lintIgnore = f.optional("lint")
                .map(l -> Set.copyOf(Fields.of(l, "lint", Set.of("ignore")).requiredStringList("ignore")))
                .orElse(Set.of());
        for (String code : lintIgnore) {
            if (!LINT_CODE.matcher(code).matches()) {
                throw Fields.error(f.pos("lint"), "E017", "lint code '" + code + "' is not a lint code",
                        "lint codes look like L004; 'sqlbundle lint --list' prints them all");
            }
        }
        Optional<String> asymmetryAllowed = f.optional("symmetry")
                .map(n -> Fields.of(n, "symmetry", Set.of("allow_asymmetric")).string("allow_asymmetric").strip());
        if (asymmetryAllowed.isPresent() && asymmetryAllowed.get().isEmpty()) {
            throw Fields.error(f.pos("symmetry"), "E029", "symmetry.allow_asymmetric needs a reason",
                    "say why the downgrade deliberately leaves the schema different, e.g. "
                            + "allow_asymmetric: \"the old index was a duplicate; not recreated\"");
        }
        Map<SourcePos, List<String>> opFeatures = new LinkedHashMap<>();
        List<Op> upgrade = OpReader.readList(OpConditions.strip(f.list("upgrade"), opFeatures));
        Optional<List<Op>> downgrade = f.has("downgrade") && !(f.required("downgrade") instanceof Node.ScalarNode s
                && s.isNull()) ? Optional.of(OpReader.readList(OpConditions.strip(f.list("downgrade"), opFeatures)))
                : Optional.empty();
        return new Revision(id, parent, message, tags, features, upgrade, downgrade, root.pos(), hash,
                lintIgnore, new Revision.KeyPositions(f.pos("id"), f.pos("parent"), f.pos("tags")), f.keyPos("downgrade"),
                asymmetryAllowed, tagPos, opFeatures);
    }

}
