package dev.webhookinspector;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK's AOT cache (JEP 483/514) of the packaged app, built on the user's machine so it costs no download.
 *
 * <p>The Linux and macOS launchers pass {@code -XX:AOTCache=<per-user cache file>} with JVM logging of the cache
 * turned off, so a missing, stale or damaged cache is ignored in silence, and they name the same file in
 * {@value #CACHE_PROPERTY} and the JVM options to train with in {@value #ARGS_PROPERTY} (see packaging/README.md).
 * When the window starts and the file is missing, this starts one training run in the background: the same
 * runtime, class path and options, headless, with {@code --smoke-test} on an empty home, writing
 * {@code -XX:AOTCacheOutput} to a temporary file that a shell moves into place once the JVM is done. The run
 * outlives the window if it must, prints nothing, and any failure only means the next start tries again.
 * Run outside the package (tests, the IDE), the properties are absent and nothing happens.
 */
public final class AotCache {
    static final String CACHE_PROPERTY = "webhookinspector.aot.cache";
    static final String ARGS_PROPERTY = "webhookinspector.aot.args";
    /** A training run takes seconds; a marker older than this was left by one that died. */
    static final Duration STALE_MARKER = Duration.ofMinutes(10);

    private AotCache() {}

    /** Starts the training run when the launcher names a cache that does not exist yet; never throws. */
    public static void trainInBackgroundIfMissing() {
        String cache = System.getProperty(CACHE_PROPERTY);
        String args = System.getProperty(ARGS_PROPERTY);
        if (cache == null || args == null) return;
        Thread t = new Thread(() -> {
            try {
                train(Path.of(cache), Path.of(args));
            } catch (IOException | RuntimeException ignored) {
                // Best effort: no cache means the next start is as fast as one without it, and tries again.
            }
        }, "aot-cache");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void train(Path cache, Path argsFile) throws IOException {
        Optional<List<String>> command = command(cache, argsFile, Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path", ""), Instant.now());
        if (command.isEmpty()) return;
        ProcessBuilder pb = new ProcessBuilder(command.get());
        Map<String, String> env = pb.environment();
        // Only the options the launcher uses: a user's JAVA_TOOL_OPTIONS would break the cache or print on stdout.
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(isWindows() ? "NUL" : "/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.start();
    }

    /**
     * The training command, or empty when there is nothing to do: the cache exists, the launcher's path did not
     * expand, the options file is missing, not on a POSIX shell, or another run started less than
     * {@link #STALE_MARKER} ago. Creates the cache folder and the marker file that keeps a second window from
     * training at the same time; the shell removes it when the run ends.
     */
    static Optional<List<String>> command(Path cache, Path argsFile, Path java, String classPath, Instant now) throws IOException {
        if (isWindows() || !cache.isAbsolute() || cache.toString().contains("$") || cache.getParent() == null
                || Files.exists(cache) || !Files.isRegularFile(argsFile) || !Files.isExecutable(java) || classPath.isEmpty()) {
            return Optional.empty();
        }
        Path dir = cache.getParent();
        Files.createDirectories(dir);
        Path marker = dir.resolve(cache.getFileName() + ".training");
        try {
            Files.createFile(marker);
            Files.setLastModifiedTime(marker, FileTime.from(now));
        } catch (FileAlreadyExistsException e) {
            FileTime started = Files.getLastModifiedTime(marker);
            if (started.toInstant().plus(STALE_MARKER).isAfter(now)) return Optional.empty();
            Files.setLastModifiedTime(marker, FileTime.from(now));
        }
        removeOtherCaches(dir, cache);
        Path tmp = dir.resolve(cache.getFileName() + ".tmp");
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c",
                // $1 cache, $2 tmp, $3 marker; then the JVM's command line, run on an empty temporary home.
                // Signals ignored here stay ignored in the JVM: Ctrl+C or closing the terminal that started the window
                // ends the window, not the half-done training run.
                "trap '' HUP INT TERM; c=$1 t=$2 m=$3; shift 3;"
                        + " h=$(mktemp -d \"${TMPDIR:-/tmp}/webhook-inspector-aot.XXXXXX\") &&"
                        + " WEBHOOK_INSPECTOR_HOME=$h \"$@\" && [ -s \"$t\" ] && mv -f \"$t\" \"$c\";"
                        + " rm -f \"$t\" \"$t.config\" \"$m\"; [ -n \"$h\" ] && rm -rf \"$h\"",
                "aot-cache", cache.toString(), tmp.toString(), marker.toString(),
                java.toString(), "@" + argsFile, "-XX:AOTCacheOutput=" + tmp, "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-cp", classPath, Main.class.getName(), "--smoke-test"));
        return Optional.of(cmd);
    }

    /** Caches of earlier versions (other names in the same folder) are never used again. */
    private static void removeOtherCaches(Path dir, Path cache) {
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".aot") && !f.equals(cache)).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // Another start may be removing it too.
                }
            });
        } catch (IOException ignored) {
            // Nothing to tidy.
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
