package org.sqlbundle.compiler.internal.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The text of a YAML file before it is parsed, with the checks the parser can't make well: strict UTF-8 (a bad
 * byte is an error at its line and column, not a silent U+FFFD), a size limit, and a limit on the length of one
 * line. SnakeYAML's reader copies everything it has read ahead of its position each time it reads another 1 KiB
 * (so one long line costs its length squared: a 1 MB single-line scalar took 10-20 s); with lines bounded, a
 * file of any allowed size is read in time linear in its size.
 */
public final class YamlText {

    /** Largest file read (docs/revision-format.md). */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Longest line, in characters (docs/revision-format.md). */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    private YamlText() {
    }

    /** Reads and checks {@code file}; E001 when it can't be read, E002 when it breaks a limit or is not UTF-8. */
    public static String read(Path file, String displayName) {
        return decode(readBytes(file, displayName), displayName);
    }

    /** The bytes of {@code file}, refused before reading when it is over the size limit. */
    public static byte[] readBytes(Path file, String displayName) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(displayName, size);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(displayName), "E001",
                    "cannot read file: " + e.getMessage()));
        }
    }

    /** {@code bytes} as text, checked as {@link #read} does. */
    public static String decode(byte[] bytes, String displayName) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(displayName, bytes.length);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw SqlbundleException.badInput(Problem.of(position(bytes, at, displayName), "E002",
                    String.format(java.util.Locale.ROOT, "not valid UTF-8: byte 0x%02X at offset %d", bytes[at] & 0xFF, at),
                    "save the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"));
        }
        String text = out.flip().toString();
        checkLineLengths(text, displayName);
        return text;
    }

    private static void checkLineLengths(String text, String displayName) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw SqlbundleException.badInput(Problem.of(new SourcePos(displayName, line, MAX_LINE_CHARS + 1),
                            "E002", "line " + line + " is " + (i - start) + " characters long; the limit is "
                                    + MAX_LINE_CHARS, "break the value over several lines: a block scalar ('|' or "
                                    + "'>-') keeps long SQL readable (docs/revision-format.md)"));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Line and column (in characters) of byte {@code offset}; the bytes before it are valid UTF-8. */
    private static SourcePos position(byte[] bytes, int offset, String displayName) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new SourcePos(displayName, line, col);
    }

    private static SqlbundleException tooLarge(String displayName, long size) {
        return SqlbundleException.badInput(Problem.of(SourcePos.ofFile(displayName), "E002", "the file is " + size
                + " bytes; the limit is " + MAX_FILE_BYTES + " (16 MiB)", "split the revision, or load bulk data "
                + "outside the chain (docs/revision-format.md)"));
    }
}
