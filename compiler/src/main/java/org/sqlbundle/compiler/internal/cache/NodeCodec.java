package org.sqlbundle.compiler.internal.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.errors.SourcePos;

/**
 * {@link Node} trees as bytes: every node with its line and column, every map key with its own, scalars with their
 * YAML type, map order kept. The file name is left out (it is where the chain is read from, not what the file holds)
 * and put back on reading. Each tree carries a table of its strings (keys and names repeat) and numbers are
 * variable-length: a tree takes about the bytes of its file. Plain byte arrays rather than Data streams, whose every
 * byte goes through a synchronized call.
 */
final class NodeCodec {

    private static final int MAP = 0;
    private static final int LIST = 1;
    private static final int SCALAR = 2;
    private static final Node.ScalarType[] TYPES = Node.ScalarType.values();

    private NodeCodec() {
    }

    /** The tree's bytes: its string table, then its nodes. */
    static byte[] encode(Node root) {
        Out nodes = new Out(1024);
        Map<String, Integer> ids = new HashMap<>();
        List<String> strings = new ArrayList<>();
        write(root, nodes, ids, strings);
        Out all = new Out(nodes.size + 256);
        all.varint(strings.size());
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            all.varint(utf8.length);
            all.bytes(utf8, 0, utf8.length);
        }
        all.bytes(nodes.buf, 0, nodes.size);
        return all.toArray();
    }

    /** The tree of {@code length} bytes at {@code offset}, its positions in {@code file}; IOException when damaged. */
    static Node decode(byte[] bytes, int offset, int length, String file) throws IOException {
        In in = new In(bytes, offset, offset + length);
        int count = in.count();
        if (count > length) {
            throw new IOException("more strings than bytes");
        }
        String[] strings = new String[count];
        for (int i = 0; i < strings.length; i++) {
            int size = in.count();
            strings[i] = new String(bytes, in.skip(size), size, StandardCharsets.UTF_8);
        }
        Node root = read(in, strings, file);
        if (in.pos != in.end) {
            throw new IOException("bytes after the tree");
        }
        return root;
    }

    private static void write(Node node, Out out, Map<String, Integer> ids, List<String> strings) {
        writePos(node.pos(), out);
        if (node instanceof Node.MapNode map) {
            out.varint(MAP);
            out.varint(map.entries().size());
            for (Node.Entry entry : map.entries().values()) {
                out.varint(id(entry.key(), ids, strings));
                writePos(entry.keyPos(), out);
                write(entry.value(), out, ids, strings);
            }
        } else if (node instanceof Node.ListNode list) {
            out.varint(LIST);
            out.varint(list.items().size());
            for (Node item : list.items()) {
                write(item, out, ids, strings);
            }
        } else {
            Node.ScalarNode scalar = (Node.ScalarNode) node;
            out.varint(SCALAR + scalar.type().ordinal());
            out.varint(id(scalar.text(), ids, strings));
        }
    }

    /** Lines and columns as the parser gave them; zig-zag coded, as a parser may say -1 for "unknown". */
    private static void writePos(SourcePos pos, Out out) {
        out.varint((pos.line() << 1) ^ (pos.line() >> 31));
        out.varint((pos.col() << 1) ^ (pos.col() >> 31));
    }

    private static SourcePos readPos(In in, String file) throws IOException {
        int line = in.raw();
        int col = in.raw();
        return new SourcePos(file, (line >>> 1) ^ -(line & 1), (col >>> 1) ^ -(col & 1));
    }

    private static int id(String s, Map<String, Integer> ids, List<String> strings) {
        Integer known = ids.putIfAbsent(s, strings.size());
        if (known != null) {
            return known;
        }
        strings.add(s);
        return strings.size() - 1;
    }

    private static Node read(In in, String[] strings, String file) throws IOException {
        SourcePos pos = readPos(in, file);
        int kind = in.count();
        if (kind == MAP) {
            int size = in.count();
            Map<String, Node.Entry> entries = new LinkedHashMap<>(Math.max(4, Math.min(size, 1024) * 2));
            for (int i = 0; i < size; i++) {
                String key = string(strings, in.count());
                SourcePos keyPos = readPos(in, file);
                entries.put(key, new Node.Entry(key, keyPos, read(in, strings, file)));
            }
            return new Node.MapNode(pos, entries);
        }
        if (kind == LIST) {
            int size = in.count();
            List<Node> items = new ArrayList<>(Math.min(size, 1024));
            for (int i = 0; i < size; i++) {
                items.add(read(in, strings, file));
            }
            return new Node.ListNode(pos, items);
        }
        int type = kind - SCALAR;
        if (type >= TYPES.length) {
            throw new IOException("unknown node kind " + kind);
        }
        return new Node.ScalarNode(pos, string(strings, in.count()), TYPES[type]);
    }

    private static String string(String[] strings, int id) throws IOException {
        if (id >= strings.length) {
            throw new IOException("string " + id + " not in the table of " + strings.length);
        }
        return strings[id];
    }

    /** A growing byte array: unsigned numbers in 7-bit groups, low group first. */
    static final class Out {
        private byte[] buf;
        private int size;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        void varint(int value) {
            ensure(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void bytes(byte[] b, int offset, int length) {
            ensure(length);
            System.arraycopy(b, offset, buf, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Reads what {@link Out} wrote, refusing to run past {@code end}. */
    static final class In {
        private final byte[] bytes;
        private int pos;
        private final int end;

        In(byte[] bytes, int pos, int end) {
            this.bytes = bytes;
            this.pos = pos;
            this.end = end;
        }

        /** A non-negative number (a count, an id); IOException past the end or when too large. */
        int count() throws IOException {
            int value = raw();
            if (value < 0) {
                throw new IOException("negative count");
            }
            return value;
        }

        /** The 32 bits {@link Out#varint} wrote. */
        int raw() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (pos >= end) {
                    throw new IOException("truncated");
                }
                byte b = bytes[pos++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IOException("number too long");
        }

        /** Skips {@code n} bytes and returns where they start. */
        int skip(int n) throws IOException {
            if (n > end - pos) {
                throw new IOException("truncated");
            }
            int at = pos;
            pos += n;
            return at;
        }
    }
}
