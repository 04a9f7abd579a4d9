package org.sqlbundle.online.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.sqlbundle.online.Database;

/**
 * An OS file lock on {@code <database file>.sqlbundle-lock}. SQLite's own locks can't serve: the scripts open
 * and commit one transaction per revision, so {@code BEGIN EXCLUSIVE} would have to span transactions, which
 * SQLite has no way to do, and a lock table would outlive a crashed run. The OS drops a file lock when its
 * process dies. The lock file stays after release: deleting it would let a waiter lock a file that a third run
 * no longer sees.
 */
public final class SqliteFileLock implements MigrationLock {

    private final FileChannel channel;
    private final FileLock lock;

    private SqliteFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static SqliteFileLock acquire(Database database, Duration timeout) {
        Path lockFile = lockFile(database.url());
        String kind = "file lock " + lockFile;
        long deadline = System.nanoTime() + timeout.toNanos();
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw LockTimeouts.failed(database, kind, e.toString());
        }
        try {
            do {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new SqliteFileLock(channel, lock);
                }
            } while (LockTimeouts.pause(deadline));
        } catch (IOException e) {
            closeQuietly(channel);
            throw LockTimeouts.failed(database, kind, e.toString());
        }
        closeQuietly(channel);
        throw LockTimeouts.timedOut(database, kind, timeout);
    }

    /** Null when held elsewhere, by another process or (OverlappingFileLockException) another thread of this JVM. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /** {@code jdbc:sqlite:[file:]PATH[?params]} to the lock file beside PATH. */
    public static Path lockFile(String url) {
        String path = url.substring("jdbc:sqlite:".length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        Path real = realPath(Path.of(path).toAbsolutePath());
        return real.resolveSibling(real.getFileName() + ".sqlbundle-lock");
    }

    /**
     * The file SQLite really opens: two URLs naming one file through a symlink (or a symlinked directory) must
     * share one lock file. A database file not created yet, or a link to one, resolves through its directory.
     */
    static Path realPath(Path file) {
        Path p = file;
        try {
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
            if (Files.exists(p)) {
                return p.toRealPath();
            }
            Path dir = p.getParent();
            return dir != null && Files.isDirectory(dir) ? dir.toRealPath().resolve(p.getFileName()) : p;
        } catch (IOException e) {
            return p; // unreadable link or directory: SQLite will report it when it opens the file
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was locked through it
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
