package org.sqlbundle.compiler.internal.source;

/**
 * The SHA-256 of a file's bytes, computed when first asked for. Loading a chain then doesn't wait for hashing:
 * the compiler hashes on a core the model leaves idle, and verbs that never print a fingerprint never hash.
 */
public final class LazySha256 {

    private byte[] bytes;
    private volatile String hex;

    public LazySha256(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A hash already computed (the parse cache needs it before parsing: it is the key). */
    public static LazySha256 known(String hex) {
        LazySha256 hash = new LazySha256(null);
        hash.hex = hex;
        return hash;
    }

    public String hex() {
        String known = hex;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (hex == null) {
                hex = Sha256.hex(bytes);
                bytes = null;
            }
            return hex;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LazySha256 that && hex().equals(that.hex());
    }

    @Override
    public int hashCode() {
        return hex().hashCode();
    }

    @Override
    public String toString() {
        return hex();
    }
}
