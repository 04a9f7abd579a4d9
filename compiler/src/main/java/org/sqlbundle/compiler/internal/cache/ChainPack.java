package org.sqlbundle.compiler.internal.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.Sha256;

/**
 * One chain directory's parsed files: read whole when the chain is loaded, written whole (temporary file, then an
 * atomic rename) when the load has changed it, so concurrent runs each see a complete pack, the last one written.
 * It keeps only the files of the last load: an edited file's old tree goes with the next write.
 *
 * <p>Format: magic, format number, the build's identity, the entries (SHA-256 of the file, flags, the tree with its
 * own string table) and a CRC-32 of everything before it. A pack that fails any check is ignored and replaced.
 */
public final class ChainPack {

    private static final int MAGIC = 0x53514250;
    private static final int FORMAT = 2;
    /** The revision's sql and create_view ops parsed with JSqlParser without a problem. */
    private static final int SQL_CHECKED = 1;
    private static final HexFormat HEX = HexFormat.of();
    private static final ChainPack NONE = new ChainPack(null, null, Map.of(), false);

    private final ParseCache cache;
    private final Path file;
    private final Map<String, Entry> onDisk;
    private final Map<String, Entry> kept = new ConcurrentHashMap<>();
    private volatile boolean changed;

    /** A tree as stored: {@code length} bytes at {@code offset} of {@code bytes}. */
    private record Entry(byte[] bytes, int offset, int length, int flags) {
        Entry withFlags(int more) {
            return new Entry(bytes, offset, length, flags | more);
        }
    }

    private ChainPack(ParseCache cache, Path file, Map<String, Entry> onDisk, boolean changed) {
        this.cache = cache;
        this.file = file;
        this.onDisk = onDisk;
        this.changed = changed;
    }

    /** The pack of a load without cache: it finds nothing and writes nothing. */
    public static ChainPack none() {
        return NONE;
    }

    static ChainPack open(ParseCache cache, Path packDir, Path chainDir) {
        String identity = BuildIdentity.get();
        String key = identity + "\n" + chainDir.toAbsolutePath().normalize();
        Path file = packDir.resolve(Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".pack");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return new ChainPack(cache, file, Map.of(), true);
        } catch (IOException | SecurityException e) {
            if (e instanceof AccessDeniedException || Files.exists(file)) {
                cache.cannotRead(file, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            return new ChainPack(cache, file, Map.of(), true);
        }
        Map<String, Entry> entries = entries(bytes, identity);
        return entries == null ? new ChainPack(cache, file, Map.of(), true) : new ChainPack(cache, file, entries, false);
    }

    /** The pack's entries by hash; null when it is damaged, of another format or of another build. */
    private static Map<String, Entry> entries(byte[] bytes, String identity) {
        if (bytes.length < 16) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            DataInputStream tail = new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8));
            if (tail.readLong() != crc.getValue() || in.readInt() != MAGIC || in.readInt() != FORMAT
                    || !in.readUTF().equals(identity)) {
                return null;
            }
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>(Math.max(16, Math.min(count, 1 << 20) * 2));
            int offset = bytes.length - in.available();
            byte[] sha = new byte[32];
            for (int i = 0; i < count; i++) {
                in.readFully(sha);
                int flags = in.readUnsignedByte();
                int length = in.readInt();
                offset += 32 + 1 + 4;
                if (length < 0 || length > in.available() - 8 || in.skipBytes(length) != length) {
                    return null;
                }
                entries.put(HEX.formatHex(sha), new Entry(bytes, offset, length, flags));
                offset += length;
            }
            return in.available() == 8 ? entries : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The tree of the file whose bytes hash to {@code sha256}, its positions in {@code file}; null when not kept. */
    public Node root(String sha256, String displayName) {
        Entry entry = onDisk.get(sha256);
        if (entry == null) {
            return null;
        }
        try {
            Node root = NodeCodec.decode(entry.bytes(), entry.offset(), entry.length(), displayName);
            kept.put(sha256, entry);
            return root;
        } catch (IOException | RuntimeException damaged) {
            changed = true;
            return null;
        }
    }

    /** Keeps the tree just parsed from a file whose bytes hash to {@code sha256}. */
    public void parsed(String sha256, Node root) {
        if (cache == null) {
            return;
        }
        byte[] tree = NodeCodec.encode(root);
        kept.put(sha256, new Entry(tree, 0, tree.length, 0));
        changed = true;
    }

    /** Whether the sql ops of the file that hashes to {@code sha256} parsed without a problem in an earlier run. */
    public boolean sqlChecked(String sha256) {
        Entry entry = kept.get(sha256);
        return entry != null && (entry.flags() & SQL_CHECKED) != 0;
    }

    /** Records that the sql ops of the file that hashes to {@code sha256} parse without a problem. */
    public void markSqlChecked(String sha256) {
        Entry now = kept.computeIfPresent(sha256, (sha, entry) -> entry.withFlags(SQL_CHECKED));
        Entry stored = onDisk.get(sha256);
        if (now != null && (stored == null || stored.flags() != now.flags())) {
            changed = true;
        }
    }

    /**
     * Writes the pack when this load changed it (new or edited files, files gone, sql newly checked), else marks it
     * used (the eviction keeps recently used packs). Never throws: trouble is a warning.
     */
    public void commit() {
        if (cache == null) {
            return;
        }
        if (!changed && kept.keySet().equals(onDisk.keySet())) {
            try {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException | SecurityException ignored) {
                // only the eviction order depends on it
            }
            return;
        }
        Map<String, Entry> entries = new TreeMap<>(kept);
        PackFiles.write(cache, file, out -> write(entries, out));
    }

    /** The pack, streamed: it is about the size of the chain's files, and is not copied in memory to be written. */
    private static void write(Map<String, Entry> entries, java.io.OutputStream stream) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(
                new java.io.BufferedOutputStream(stream, 64 * 1024), crc));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(BuildIdentity.get());
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            out.write(HEX.parseHex(e.getKey()));
            out.writeByte(entry.flags());
            out.writeInt(entry.length());
            out.write(entry.bytes(), entry.offset(), entry.length());
        }
        out.writeLong(crc.getValue());
        out.flush();
    }
}
