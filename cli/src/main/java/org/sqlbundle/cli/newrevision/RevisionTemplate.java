package org.sqlbundle.cli.newrevision;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The Velocity template a new revision file is written from: templates/revision/revision.yaml.vm from the
 * classpath, or the same file name under a --templates directory. Values reach it already YAML-quoted, so
 * the template only decides layout and comments.
 */
public final class RevisionTemplate {

    static final String NAME = "revision/revision.yaml.vm";
    private static final String RESOURCE = "templates/" + NAME;

    private final String source;
    private final String text;

    private RevisionTemplate(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** The override under {@code templatesDir} if it has one, else the built-in template. */
    public static RevisionTemplate load(Optional<Path> templatesDir) {
        if (templatesDir.isPresent()) {
            Path dir = templatesDir.get();
            if (!Files.isDirectory(dir)) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir.toString()), "E066",
                        "templates directory not found", "fix --templates (or 'templates' in sqlbundle.yaml)"));
            }
            Path override = dir.resolve(NAME);
            if (Files.isRegularFile(override)) {
                try {
                    String text = Files.readString(override, StandardCharsets.UTF_8);
                    return new RevisionTemplate(override.toString(), text);
                } catch (IOException e) {
                    throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(override.toString()), "E001",
                            "cannot read file: " + e.getMessage()));
                }
            }
        }
        try (InputStream in = RevisionTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; the compiler jar ships it");
            }
            return new RevisionTemplate(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public String source() {
        return source;
    }

    /** Renders with YAML scalars: {@code parent} is {@code null} for the first revision of a chain. */
    public String render(String id, String parent, String message, List<String> tags, List<String> features) {
        VelocityEngine engine = new VelocityEngine();
        // strict: a misspelt $reference in an override template fails instead of printing itself
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put("id", id);
        context.put("parent", parent);
        context.put("message", message);
        context.put("tags", tags);
        context.put("features", features);
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context, out, source, new StringReader(text));
        } catch (ParseErrorException e) {
            throw SqlbundleException.badInput(Problem.of(new SourcePos(source, e.getLineNumber(), e.getColumnNumber()),
                    "E065", "revision template does not parse: " + firstLine(e.getMessage())));
        } catch (VelocityException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(source), "E065",
                    "revision template failed: " + firstLine(e.getMessage()),
                    "it may use $id, $parent, $message, $tags and $features"));
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
