package dev.webhookinspector.core.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Crash-safe file replacement and inter-process locking, shared by the profiles file and the vault.
 * A save writes a private temp file next to the target, forces it to disk and renames it over the
 * target, so a crash leaves the old file or the new one, never a torn one.
 */
final class AtomicFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private AtomicFiles() {}

    /** Held while reading, merging and writing; closing releases it. */
    interface Held extends AutoCloseable {
        @Override void close() throws IOException;
    }

    static Path backupOf(Path target) { return target.resolveSibling(target.getFileName() + ".bak"); }

    /** Creates the directory owner-only (rwx------) when it does not exist yet. */
    static void ensureDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Locks {@code lockFile} against other threads of this JVM (FileLock alone would throw
     * OverlappingFileLockException) and against other processes.
     */
    static Held lock(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        jvmLock.lock();
        if (jvmLock.getHoldCount() > 1) return jvmLock::unlock;
        try {
            ensureDirectory(key.getParent());
            FileChannel channel = POSIX
                    ? FileChannel.open(key, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), privateFile())
                    : FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock fileLock = channel.lock();
                return () -> {
                    try {
                        fileLock.release();
                        channel.close();
                    } finally {
                        jvmLock.unlock();
                    }
                };
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            jvmLock.unlock();
            throw e;
        }
    }

    /**
     * Replaces {@code target} with {@code content} atomically. With {@code keepBackup} the current
     * target (if any) first becomes {@code target.bak}, itself written atomically.
     * Call while holding the target's lock.
     */
    static void replace(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        ensureDirectory(dir);
        deleteStaleTemps(target);
        if (keepBackup && Files.isRegularFile(target)) {
            byte[] previous = BoundedFiles.read(target, "The file");
            writeAndRename(backupOf(target), previous);
        }
        writeAndRename(target, content);
    }

    /** Moves a file aside under a new name in the same directory, atomically. */
    static void moveAside(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(to.toAbsolutePath().getParent());
    }

    private static void writeAndRename(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = POSIX
                ? Files.createTempFile(dir, tempPrefix(target), ".tmp", privateFile())
                : Files.createTempFile(dir, tempPrefix(target), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) ch.write(buffer);
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("this file system cannot replace " + target.getFileName() + " atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /** Makes the rename itself durable; not possible on every OS (Windows cannot open a directory). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // The rename is still atomic; only its durability across a power cut is weaker here.
        }
    }

    /** Temp files left by a writer that was killed; safe to delete because writers hold the lock. */
    private static void deleteStaleTemps(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, tempPrefix(target) + "*.tmp")) {
            for (Path p : stale) Files.deleteIfExists(p);
        }
    }

    private static String tempPrefix(Path target) { return "." + target.getFileName() + "."; }

    private static FileAttribute<?> privateFile() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
