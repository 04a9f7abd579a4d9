package org.sqlbundle.compiler.internal.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.errors.SourcePos;

/**
 * {@link Node} trees as bytes: every node with its line and column, every map key with its own, scalars with their
 * YAML type, map order kept. The file name is left out (it is where the chain is read from, not what the file holds)
 * and put back on reading. Strings go into a table written once per pack: a chain repeats its keys and names.
 */
final class NodeCodec {

    private static final int MAP = 0;
    private static final int LIST = 1;
    private static final int SCALAR = 2;
    private static final Node.ScalarType[] TYPES = Node.ScalarType.values();

    private NodeCodec() {
    }

    /** Collects the strings of trees as they are written; {@link #write} then writes the table. */
    static final class StringTable {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        int id(String s) {
            Integer known = index.get(s);
            if (known != null) {
                return known;
            }
            index.put(s, strings.size());
            strings.add(s);
            return strings.size() - 1;
        }

        void write(DataOutput out) throws IOException {
            out.writeInt(strings.size());
            for (String s : strings) {
                byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        }

        static String[] read(DataInput in) throws IOException {
            int count = nonNegative(in.readInt());
            String[] strings = new String[count];
            for (int i = 0; i < count; i++) {
                byte[] utf8 = new byte[nonNegative(in.readInt())];
                in.readFully(utf8);
                strings[i] = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
            }
            return strings;
        }
    }

    static void write(Node node, DataOutput out, StringTable strings) throws IOException {
        writePos(node.pos(), out);
        if (node instanceof Node.MapNode map) {
            out.writeByte(MAP);
            out.writeInt(map.entries().size());
            for (Node.Entry entry : map.entries().values()) {
                out.writeInt(strings.id(entry.key()));
                writePos(entry.keyPos(), out);
                write(entry.value(), out, strings);
            }
        } else if (node instanceof Node.ListNode list) {
            out.writeByte(LIST);
            out.writeInt(list.items().size());
            for (Node item : list.items()) {
                write(item, out, strings);
            }
        } else {
            Node.ScalarNode scalar = (Node.ScalarNode) node;
            out.writeByte(SCALAR + scalar.type().ordinal());
            out.writeInt(strings.id(scalar.text()));
        }
    }

    /** The tree as written, its positions in {@code file}; IOException for anything that is not such a tree. */
    static Node read(DataInput in, String[] strings, String file) throws IOException {
        SourcePos pos = readPos(in, file);
        int kind = in.readUnsignedByte();
        if (kind == MAP) {
            int size = nonNegative(in.readInt());
            Map<String, Node.Entry> entries = new LinkedHashMap<>(Math.max(4, size * 2));
            for (int i = 0; i < size; i++) {
                String key = string(strings, in.readInt());
                SourcePos keyPos = readPos(in, file);
                entries.put(key, new Node.Entry(key, keyPos, read(in, strings, file)));
            }
            return new Node.MapNode(pos, entries);
        }
        if (kind == LIST) {
            int size = nonNegative(in.readInt());
            List<Node> items = new ArrayList<>(Math.min(size, 1024));
            for (int i = 0; i < size; i++) {
                items.add(read(in, strings, file));
            }
            return new Node.ListNode(pos, items);
        }
        int type = kind - SCALAR;
        if (type < 0 || type >= TYPES.length) {
            throw new IOException("unknown node kind " + kind);
        }
        return new Node.ScalarNode(pos, string(strings, in.readInt()), TYPES[type]);
    }

    private static void writePos(SourcePos pos, DataOutput out) throws IOException {
        out.writeInt(pos.line());
        out.writeInt(pos.col());
    }

    private static SourcePos readPos(DataInput in, String file) throws IOException {
        return new SourcePos(file, in.readInt(), in.readInt());
    }

    private static String string(String[] strings, int id) throws IOException {
        if (id < 0 || id >= strings.length) {
            throw new IOException("string " + id + " not in the table of " + strings.length);
        }
        return strings[id];
    }

    private static int nonNegative(int n) throws IOException {
        if (n < 0) {
            throw new IOException("negative count " + n);
        }
        return n;
    }
}
