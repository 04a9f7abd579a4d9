package org.sqlbundle.compiler.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one YAML document into {@link Node}s, keeping line and column of every node. */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Reads {@code file}; {@code displayName} is what error positions print (usually a relative path). */
    public static Node read(Path file, String displayName) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, displayName);
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(displayName), "E001",
                    "cannot read file: " + e.getMessage()));
        }
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
            JsonLocation loc = e.getLocation();
            SourcePos at = loc == null ? SourcePos.ofFile(displayName)
                    : new SourcePos(displayName, loc.getLineNr(), loc.getColumnNr());
            throw SqlbundleException.badInput(Problem.of(at, "E002",
                    "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(displayName), "E001",
                    "cannot read file: " + e.getMessage()));
        }
    }

    private static Node readValue(JsonParser parser, String file) throws IOException {
        SourcePos at = pos(parser, file);
        JsonToken token = parser.currentToken();
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
