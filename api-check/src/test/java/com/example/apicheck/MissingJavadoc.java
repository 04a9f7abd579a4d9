package com.example.apicheck;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Lists the public members of API source files that have no Javadoc, using javac's own parser and doc-comment
 * trees (no hand-written Java lexer): public methods, constructors, fields (not enum constants) and nested types of
 * a public type (interface and annotation members count as public), and record components without an
 * {@code @param} in the record's Javadoc. Parsing only: nothing is compiled, so the sources need no class path.
 */
final class MissingJavadoc {

    private MissingJavadoc() {
    }

    /** One line per undocumented member, as {@code File.java:line: Type.member(): no Javadoc}, sorted. */
    static Set<String> in(List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Set<String> missing = new TreeSet<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            StringWriter diagnostics = new StringWriter();
            JavacTask task = (JavacTask) javac.getTask(diagnostics, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree c && isPublic(c.getModifiers(), false)) {
                        scan(docs, unit, c, missing);
                    }
                }
            }
        }
        return missing;
    }

    private static void scan(DocTrees docs, CompilationUnitTree unit, ClassTree type, Set<String> missing) {
        String name = type.getSimpleName().toString();
        boolean implicitlyPublic = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
        DocCommentTree typeDoc = doc(docs, unit, type);
        if (typeDoc == null) {
            missing.add(where(docs, unit, type) + name + ": no Javadoc");
        }
        List<String> components = new ArrayList<>();
        for (Tree member : type.getMembers()) {
            if (member instanceof MethodTree m && isPublic(m.getModifiers(), implicitlyPublic)
                    && !isCompact(docs, unit, m)) {
                if (doc(docs, unit, m) == null) {
                    String label = m.getReturnType() == null ? name + "(" : name + "." + m.getName() + "(";
                    missing.add(where(docs, unit, m) + label + params(m) + "): no Javadoc");
                }
            } else if (member instanceof ClassTree nested && isPublic(nested.getModifiers(), implicitlyPublic)) {
                scan(docs, unit, nested, missing);
            } else if (member instanceof VariableTree v && type.getKind() == Tree.Kind.RECORD
                    && !v.getModifiers().getFlags().contains(Modifier.STATIC)) {
                components.add(v.getName().toString());
            } else if (member instanceof VariableTree v && isPublic(v.getModifiers(), implicitlyPublic)
                    && !isEnumConstant(type, v) && doc(docs, unit, v) == null) {
                missing.add(where(docs, unit, v) + name + "." + v.getName() + ": no Javadoc");
            }
        }
        Set<String> documented = new TreeSet<>();
        if (typeDoc != null) {
            for (DocTree tag : typeDoc.getBlockTags()) {
                if (tag instanceof ParamTree p && !p.isTypeParameter()) {
                    documented.add(p.getName().getName().toString());
                }
            }
        }
        for (String component : components) {
            if (!documented.contains(component)) {
                missing.add(where(docs, unit, type) + name + "." + component + ": record component without @param");
            }
        }
    }

    /** javac parses {@code RED} of {@code enum Color { RED }} as a public field set to {@code new Color()}. */
    private static boolean isEnumConstant(ClassTree type, VariableTree v) {
        return type.getKind() == Tree.Kind.ENUM && v.getInitializer() instanceof NewClassTree created
                && created.getIdentifier().toString().equals(type.getSimpleName().toString());
    }

    private static boolean isPublic(ModifiersTree modifiers, boolean implicitlyPublic) {
        Set<Modifier> flags = modifiers.getFlags();
        return flags.contains(Modifier.PUBLIC) || implicitlyPublic && !flags.contains(Modifier.PRIVATE);
    }

    /**
     * A compact canonical constructor ({@code Name { ... }}) is covered by the record's {@code @param}s. javac gives
     * it the record's parameters, so it is told apart by having no parameter list before its body.
     */
    private static boolean isCompact(DocTrees docs, CompilationUnitTree unit, MethodTree m) {
        if (m.getReturnType() != null || m.getBody() == null) {
            return false;
        }
        try {
            CharSequence text = unit.getSourceFile().getCharContent(true);
            int from = (int) docs.getSourcePositions().getStartPosition(unit, m);
            int to = (int) docs.getSourcePositions().getStartPosition(unit, m.getBody());
            String head = text.subSequence(from, to).toString().replaceAll("@[\\w.]+(\\([^)]*\\))?", "");
            return head.indexOf('(') < 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocCommentTree doc(DocTrees docs, CompilationUnitTree unit, Tree tree) {
        return docs.getDocCommentTree(TreePath.getPath(unit, tree));
    }

    private static String params(MethodTree m) {
        List<String> types = new ArrayList<>();
        m.getParameters().forEach(p -> types.add(p.getType().toString()));
        return String.join(", ", types);
    }

    private static String where(DocTrees docs, CompilationUnitTree unit, Tree tree) {
        long pos = docs.getSourcePositions().getStartPosition(unit, tree);
        String file = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
        return String.format(Locale.ROOT, "%s:%d: ", file, unit.getLineMap().getLineNumber(pos));
    }
}
