package org.sqlbundle.compiler.internal.chain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Every revision of a chain directory and how they link, before anyone assumes it is linear.
 * {@link #problems()} lists what keeps it from being a linear chain; {@link #toChain()} returns the chain
 * or throws with all of them. {@code history} uses the graph so it can still print a branched chain.
 */
public final class RevisionGraph {

    private final Path dir;
    private final Map<String, Revision> byId;
    private final Map<String, List<Revision>> children;
    private final List<Problem> problems;

    RevisionGraph(Path dir, List<Revision> revisions, List<Problem> fileProblems) {
        this.dir = dir;
        this.byId = new LinkedHashMap<>();
        this.children = new TreeMap<>();
        List<Problem> found = new ArrayList<>(fileProblems);
        Map<String, Revision> tagOwner = new TreeMap<>();
        for (Revision r : revisions) {
            Revision first = byId.putIfAbsent(r.id(), r);
            if (first != null) {
                found.add(Problem.of(r.keys().id(), "E010", "duplicate revision id '" + r.id() + "', also in " + first.file(),
                        "give one of them a new id and point its children at it"));
                continue;
            }
            for (String tag : r.tags()) {
                Revision owner = tagOwner.putIfAbsent(tag, r);
                if (owner != null) {
                    found.add(Problem.of(r.tagPos(tag), "E016", "tag '" + tag + "' is used twice: by " + owner.id() + " ("
                            + owner.file() + ") and by " + r.id(), "a tag names one revision; remove one of them"));
                }
            }
        }
        for (Revision r : byId.values()) {
            for (String tag : r.tags()) {
                TagRules.idProblem(tag, byId.keySet()).ifPresent(why -> found.add(Problem.of(r.tagPos(tag), "E019",
                        "tag '" + tag + "' " + why, TagRules.HINT)));
            }
        }
        for (Revision r : byId.values()) {
            r.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
        }
        children.values().forEach(list -> list.sort(java.util.Comparator.comparing(Revision::id)));
        for (Revision r : byId.values()) {
            if (r.parent().isPresent() && !byId.containsKey(r.parent().get())) {
                found.add(Problem.of(r.keys().parent(), "E011", "revision " + r.id() + " names parent '" + r.parent().get()
                        + "', which is not in " + dir, "fix the parent id, or restore the missing revision file"));
            }
        }
        List<Revision> bases = byId.values().stream().filter(Revision::isBase).toList();
        if (bases.size() > 1) {
            found.add(Problem.of(bases.get(1).keys().parent(), "E012", "more than one base revision (parent: null): "
                    + describe(bases), "a chain has one base; give the others a parent"));
        }
        if (bases.isEmpty() && !byId.isEmpty()) {
            found.add(Problem.of(SourcePos.ofFile(dir.toString()), "E013", "no base revision: none has 'parent: null'",
                    "the first revision of the chain must say 'parent: null'"));
        }
        found.addAll(cycles());
        found.addAll(branches());
        this.problems = List.copyOf(found);
    }

    private static String describe(List<Revision> revisions) {
        return String.join(", ", revisions.stream().map(r -> r.id() + " (" + r.file() + ")").toList());
    }

    private List<Problem> cycles() {
        List<Problem> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        Set<String> safe = new HashSet<>();
        for (Revision start : byId.values()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            Revision r = start;
            while (r != null && !safe.contains(r.id())) {
                if (!onPath.add(r.id())) {
                    List<String> cycle = path.subList(path.indexOf(r.id()), path.size());
                    if (cycle.stream().noneMatch(reported::contains)) {
                        reported.addAll(cycle);
                        out.add(Problem.of(r.keys().parent(), "E015", "cycle in the chain: " + String.join(" -> ", cycle)
                                + " -> " + r.id(), "one of these revisions names the wrong parent"));
                    }
                    break;
                }
                path.add(r.id());
                r = r.parent().map(byId::get).orElse(null);
            }
            safe.addAll(path);
        }
        return out;
    }

    private List<Problem> branches() {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, List<Revision>> e : children.entrySet()) {
            if (e.getValue().size() < 2 || !byId.containsKey(e.getKey())) {
                continue;
            }
            Revision point = byId.get(e.getKey());
            StringBuilder msg = new StringBuilder("the chain branches at " + point.id() + " (" + point.file()
                    + "): it has " + e.getValue().size() + " children");
            int n = 1;
            for (Revision child : e.getValue()) {
                msg.append("\n  branch ").append(n++).append(": ").append(String.join(" -> ", branchFrom(child)));
            }
            // at the parent: line of the second child, the one a fix re-parents
            out.add(Problem.of(e.getValue().get(1).keys().parent(), "E014", msg.toString(),
                    "re-parent one branch onto the other's head, so the chain is linear again"));
        }
        return out;
    }

    /** The revisions of one branch, from its first revision to its head or to the next branch point. */
    public List<String> branchFrom(Revision first) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Revision r = first;
        while (r != null && seen.add(r.id())) {
            ids.add(r.id() + " (" + r.file() + ")");
            List<Revision> next = children.getOrDefault(r.id(), List.of());
            r = next.size() == 1 ? next.get(0) : null;
        }
        return ids;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Path dir() {
        return dir;
    }

    public Map<String, Revision> revisions() {
        return java.util.Collections.unmodifiableMap(byId);
    }

    public List<Revision> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    public Optional<Revision> base() {
        return byId.values().stream().filter(Revision::isBase).findFirst();
    }

    /** Revisions nobody names as parent. */
    public List<Revision> heads() {
        return byId.values().stream().filter(r -> !children.containsKey(r.id()))
                .sorted(java.util.Comparator.comparing(Revision::id)).toList();
    }

    /** Revisions with more than one child. */
    public List<Revision> branchPoints() {
        return children.entrySet().stream().filter(e -> e.getValue().size() > 1 && byId.containsKey(e.getKey()))
                .map(e -> byId.get(e.getKey())).toList();
    }

    public Chain toChain() {
        if (!problems.isEmpty()) {
            throw SqlbundleException.badInput(problems);
        }
        List<Revision> ordered = new ArrayList<>(byId.size());
        Revision r = base().orElse(null);
        while (r != null) {
            ordered.add(r);
            List<Revision> next = children.getOrDefault(r.id(), List.of());
            r = next.isEmpty() ? null : next.get(0);
        }
        return new Chain(dir, ordered);
    }
}
