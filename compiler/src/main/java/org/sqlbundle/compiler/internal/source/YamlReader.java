package org.sqlbundle.compiler.internal.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads one YAML document into {@link Node}s, keeping line and column of every node. */
public final class YamlReader {

    /** SnakeYAML stops at 3 Mi code points by default; the limit is YamlText's, checked before parsing. */
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private YamlReader() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) YamlText.MAX_FILE_BYTES);
        return options;
    }

    /** Reads {@code file}; {@code displayName} is what error positions print (usually a relative path). */
    public static Node read(Path file, String displayName) {
        return read(new StringReader(YamlText.read(file, displayName)), displayName);
    }

    public static Node read(Reader reader, String displayName) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw SqlbundleException.badInput(Problem.of(new SourcePos(displayName, 1, 1), "E002",
                        "empty file: expected a revision (a YAML map)",
                        "remove the file or write a revision in it, see docs/revision-format.md"));
            }
            Node node = readValue(parser, displayName);
            if (parser.nextToken() != null) {
                throw SqlbundleException.badInput(Problem.of(pos(parser, displayName), "E002",
                        "more than one YAML document in the file", "keep one revision per file"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw SqlbundleException.badInput(syntaxError(e, displayName));
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(displayName), "E001",
                    "cannot read file: " + e.getMessage()));
        }
    }

    /**
     * Where SnakeYAML saw the problem (Jackson's own location is often the token before) and what it is; a tab
     * where indentation belongs is named as such.
     */
    private static Problem syntaxError(JsonProcessingException e, String displayName) {
        JsonLocation loc = e.getLocation();
        SourcePos at = loc == null ? SourcePos.ofFile(displayName)
                : new SourcePos(displayName, loc.getLineNr(), loc.getColumnNr());
        String what = e.getOriginalMessage().lines().findFirst().orElse("");
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            at = new SourcePos(displayName, mark.getLine() + 1, mark.getColumn() + 1);
            what = marked.getProblem() == null ? what : marked.getProblem();
        }
        if (what.contains("(TAB)")) {
            return Problem.of(at, "E002", "not valid YAML: a tab character where YAML expects indentation or a "
                    + "token; YAML indents with spaces only", "replace the tab with spaces");
        }
        return Problem.of(at, "E002", "not valid YAML: " + what);
    }

    private static Node readValue(JsonParser parser, String file) throws IOException {
        SourcePos at = pos(parser, file);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson gives an alias's name, not the anchored value: refused rather than read wrong
            throw SqlbundleException.badInput(Problem.of(at, "E002", "YAML alias *" + parser.getText()
                    + " is not supported: sqlbundle does not resolve anchors and aliases", "write the value out "
                    + "here (anchors '&name' are ignored, aliases '*name' and merge keys '<<' refused)"));
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourcePos keyPos = pos(parser, file);
                    parser.nextToken();
                    Node value = readValue(parser, file);
                    if (entries.containsKey(key)) {
                        throw SqlbundleException.badInput(Problem.of(keyPos, "E003",
                                "duplicate key '" + key + "' (first at " + entries.get(key).keyPos() + ")"));
                    }
                    entries.put(key, new Node.Entry(key, keyPos, value));
                }
                return new Node.MapNode(at, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING:
                return new Node.ScalarNode(at, parser.getText(), Node.ScalarType.STRING);
            case VALUE_NUMBER_INT:
                return new Node.ScalarNode(at, parser.getText(), Node.ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(at, parser.getText(), Node.ScalarType.DECIMAL);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(at, parser.getText(), Node.ScalarType.BOOLEAN);
            case VALUE_NULL:
                return new Node.ScalarNode(at, "null", Node.ScalarType.NULL);
            default:
                throw SqlbundleException.badInput(Problem.of(at, "E002", "unexpected YAML token " + token));
        }
    }

    private static SourcePos pos(JsonParser parser, String file) {
        JsonLocation loc = parser.currentTokenLocation();
        return new SourcePos(file, loc.getLineNr(), loc.getColumnNr());
    }
}
