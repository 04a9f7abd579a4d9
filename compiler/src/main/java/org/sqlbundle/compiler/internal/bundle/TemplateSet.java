package org.sqlbundle.compiler.internal.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;
import org.apache.velocity.runtime.resource.util.StringResourceRepository;
import org.apache.velocity.runtime.resource.util.StringResourceRepositoryImpl;
import org.sqlbundle.compiler.internal.cache.CompileRecord;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The Velocity templates that lay out bundles, found by name: first in the user's {@code --templates}
 * directory ({@code DIR/<dialect>/name}, then {@code DIR/name}), then built in
 * ({@code templates/<dialect>/name}, then {@code templates/common/name} on the classpath). Each template
 * is parsed once and merged many times, from any thread. Errors name the template file and line.
 */
public final class TemplateSet {

    /** Every template a bundle uses; all are loaded up front so {@code #parse} finds them by name. */
    public static final java.util.List<String> NAMES = java.util.List.of("header.vm", "notes.vm", "prologue.vm", "version-table.vm",
            "guard.vm", "revision.vm", "footer.vm");

    private final VelocityEngine engine;
    private final StringResourceRepository repository = new StringResourceRepositoryImpl();
    private final Map<String, String> origins = new ConcurrentHashMap<>();
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();
    /**
     * Velocity caches what it learns about each reference's class (which getter {@code $rev.id} calls) in the
     * context, so a fresh context per merge repeated that reflection for every revision; one context per thread
     * keeps it. Its values are cleared before each merge, so nothing leaks from one merge into the next.
     */
    private final ThreadLocal<VelocityContext> contexts = ThreadLocal.withInitial(VelocityContext::new);
    private final String dialectDir;
    private final Optional<Path> overrides;
    private final CompileRecord inputs;

    public TemplateSet(String dialectDir, Optional<Path> overrides) {
        this(dialectDir, overrides, CompileRecord.NONE);
    }

    /** As {@link #TemplateSet(String, Optional)}, recording in {@code inputs} each override read or looked for. */
    public TemplateSet(String dialectDir, Optional<Path> overrides, CompileRecord inputs) {
        this.dialectDir = dialectDir;
        this.overrides = overrides;
        this.inputs = inputs;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "string");
        p.setProperty("resource.loader.string.class", StringResourceLoader.class.getName());
        p.setProperty("resource.loader.string.repository.static", "false");
        p.setProperty("resource.loader.string.repository.name", "sqlbundle-" + System.identityHashCode(this));
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        // errors reach the user once, as positioned problems, not also as log lines
        p.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
        engine = new VelocityEngine(p);
        engine.setApplicationAttribute("sqlbundle-" + System.identityHashCode(this), repository);
        engine.init();
        NAMES.forEach(this::load);
    }

    /** Merges template {@code name} (e.g. {@code revision.vm}) with {@code values} into {@code out}. */
    public void merge(String name, Map<String, Object> values, Writer out) {
        Template template = template(name);
        try {
            template.merge(context(values), out);
        } catch (MethodInvocationException e) {
            throw templateError(name, e.getLineNumber(), e.getMessage());
        } catch (VelocityException e) {
            // strict-mode reference errors carry the line only in their text: "...footer.vm[line 1, column 8]"
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[line (\\d+), column \\d+\\]")
                    .matcher(String.valueOf(e.getMessage()));
            throw templateError(name, m.find() ? Integer.parseInt(m.group(1)) : 0, e.getMessage());
        }
    }

    private VelocityContext context(Map<String, Object> values) {
        VelocityContext context = contexts.get();
        for (String key : context.getKeys()) {
            context.remove(key);
        }
        values.forEach(context::put);
        return context;
    }

    private Template template(String name) {
        Template cached = parsed.get(name);
        return cached != null ? cached : parse(name);
    }

    /** Revisions are laid out on several threads at once: the first to need a template parses it, once. */
    private synchronized Template parse(String name) {
        Template cached = parsed.get(name);
        if (cached != null) {
            return cached;
        }
        load(name);
        try {
            Template t = engine.getTemplate(name, StandardCharsets.UTF_8.name());
            parsed.put(name, t);
            return t;
        } catch (ParseErrorException e) {
            throw templateError(name, e.getLineNumber(), e.getMessage());
        }
    }

    private String load(String name) {
        String known = origins.get(name);
        if (known != null) {
            return known;
        }
        String text = null;
        String origin = null;
        if (overrides.isPresent()) {
            for (Path candidate : new Path[]{overrides.get().resolve(dialectDir).resolve(name),
                    overrides.get().resolve(name)}) {
                if (!Files.isRegularFile(candidate)) {
                    inputs.absent(candidate);
                } else {
                    try {
                        text = Files.readString(candidate, StandardCharsets.UTF_8);
                        // valid UTF-8 (readString refuses anything else) encodes back to the bytes read
                        inputs.file(candidate, text.getBytes(StandardCharsets.UTF_8));
                        origin = candidate.toString();
                    } catch (IOException e) {
                        throw SqlbundleException.badInput("cannot read template " + candidate + ": " + e.getMessage());
                    }
                    break;
                }
            }
        }
        if (text == null) {
            for (String resource : new String[]{"templates/" + dialectDir + "/" + name, "templates/common/" + name}) {
                text = readResource(resource);
                if (text != null) {
                    origin = resource + " (built in)";
                    break;
                }
            }
        }
        if (text == null) {
            throw SqlbundleException.badInput("template '" + name + "' not found for dialect " + dialectDir
                    + (overrides.map(o -> " in " + o + " or").orElse("") + " among the built-in templates"));
        }
        repository.putStringResource(name, text, StandardCharsets.UTF_8.name());
        origins.put(name, origin);
        return origin;
    }

    private static String readResource(String resource) {
        try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private SqlbundleException templateError(String name, int line, String detail) {
        String where = origins.getOrDefault(name, name) + (line > 0 ? ":" + line : "");
        String first = detail == null ? "" : detail.lines().findFirst().orElse("");
        return SqlbundleException.badInput(where + ": error[E150]: template error: " + first
                + "\n  hint: fix the template, or remove it from --templates to use the built-in one");
    }
}
