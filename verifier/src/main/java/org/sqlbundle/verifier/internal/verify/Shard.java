package org.sqlbundle.verifier.internal.verify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * {@code verify --shard I/N}: the I-th of N contiguous slices of a range, so N CI jobs share a long chain. Slice I
 * holds the revisions after offset floor((I-1)L/N) up to floor(IL/N) of a range of L revisions: the slices are
 * in order, never overlap, cover the range, and differ in size by at most one revision.
 */
public record Shard(int index, int count) {

    /** The whole range: one slice. */
    public static final Shard WHOLE = new Shard(1, 1);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not I/N with 1 <= I <= N");
        }
    }

    /** Parses {@code I/N}; anything else is bad input (E090). */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int count = Integer.parseInt(m.group(2));
            if (count >= 1 && index >= 1 && index <= count) {
                return new Shard(index, count);
            }
        }
        throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--shard"), "E090",
                "'" + text + "' is not a shard I/N with 1 <= I <= N",
                "give the slice's number and the number of slices, e.g. --shard 2/4 in the second of four CI jobs"));
    }

    public boolean whole() {
        return count == 1;
    }

    public boolean last() {
        return index == count;
    }

    /** The offset in a range of {@code length} revisions after which this slice starts. */
    public int start(int length) {
        return (int) ((long) (index - 1) * length / count);
    }

    /** The offset in a range of {@code length} revisions at which this slice ends (inclusive). */
    public int end(int length) {
        return (int) ((long) index * length / count);
    }

    /** This slice of {@code whole}; bad input (E091) when it holds no revision (more slices than revisions). */
    public Range of(Range whole) {
        int length = whole.to() - whole.from();
        if (end(length) == start(length)) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--shard"), "E091",
                    "shard " + this + " of the range " + whole + " holds no revision: the range has " + length
                            + " revision" + (length == 1 ? "" : "s") + " for " + count + " shards",
                    "use at most " + length + " shards for this range"));
        }
        return whole.chain().range(whole.from() + start(length), whole.from() + end(length));
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
