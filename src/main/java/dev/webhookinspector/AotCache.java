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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK's AOT cache (JEP 483/514) of the packaged app, built on the user's machine so it costs no download.
 *
 * <p>The Linux launcher (packaging/linux/launcher.sh) passes {@code -XX:AOTCache=<file>} with JVM logging of the
 * cache turned off, so a missing, stale or damaged cache is ignored in silence, and names the same file in
 * {@value #CACHE_PROPERTY}, the package's own cache in {@value #SHARED_PROPERTY} and the JVM options to train with
 * in {@value #ARGS_PROPERTY} (see packaging/README.md). The .deb and .rpm build the package's cache at install time
 * ({@link #buildShared}); otherwise, when the window starts and the user's file is missing, this starts one training
 * run in the background: the same
 * runtime, class path and options, headless, with {@code --smoke-test} on an empty home, writing
 * {@code -XX:AOTCacheOutput} to a temporary file that a shell moves into place once the JVM is done. The run
 * outlives the window if it must, prints nothing, and any failure only means the next start tries again.
 * Run outside the package (tests, the IDE), the properties are absent and nothing happens.
 */
public final class AotCache {
    static final String CACHE_PROPERTY = "webhookinspector.aot.cache";
    static final String ARGS_PROPERTY = "webhookinspector.aot.args";
    static final String SHARED_PROPERTY = "webhookinspector.aot.shared";
    /** The install-time build waits this long for its training run; a slower machine just starts without a cache. */
    static final Duration INSTALL_TIME_LIMIT = Duration.ofMinutes(5);
    /** A training run takes seconds; a marker older than this was left by one that died. */
    static final Duration STALE_MARKER = Duration.ofMinutes(10);

    private AotCache() {}

    /** What a cache is trained on: the window's start, or the command line's commands (see the launcher). */
    enum Kind { WINDOW, COMMANDS }

    /** Starts the training runs when the launcher names caches that do not exist yet; never throws. */
    public static void trainInBackgroundIfMissing() {
        String cache = System.getProperty(CACHE_PROPERTY);
        String args = System.getProperty(ARGS_PROPERTY);
        if (cache == null || args == null) return;
        Thread t = new Thread(() -> {
            try {
                // One at a time: two training JVMs at once would slow the window the user is looking at.
                for (Kind kind : Kind.values()) {
                    Optional<Process> run = start(pathOf(Path.of(cache), kind), Path.of(args), kind);
                    if (run.isPresent()) run.get().waitFor();
                }
            } catch (IOException | RuntimeException ignored) {
                // Best effort: no cache means the next start is as fast as one without it, and tries again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "aot-cache");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The launcher's names: {@code <name>.aot} for the window, {@code <name>-cli.aot} beside it for commands. */
    static Path pathOf(Path windowCache, Kind kind) {
        if (kind == Kind.WINDOW) return windowCache;
        String name = windowCache.getFileName().toString();
        return windowCache.resolveSibling((name.endsWith(".aot") ? name.substring(0, name.length() - 4) : name) + "-cli.aot");
    }

    /**
     * The package's post-install step ({@code webhook-inspector --build-aot-cache}, run as root by the .deb and .rpm):
     * builds the cache next to the jars, where every user's start finds it, and waits for it. Returns the exit code:
     * 0 built or already there, 1 not built (the app then starts without it, as fast as before). Prints one line.
     */
    public static int buildShared(java.io.PrintStream out) {
        String shared = System.getProperty(SHARED_PROPERTY);
        String args = System.getProperty(ARGS_PROPERTY);
        if (shared == null || args == null) {
            out.println("webhook-inspector: no start-up cache to build outside the installed package");
            return 1;
        }
        try {
            long bytes = 0;
            for (Kind kind : Kind.values()) {
                Path cache = pathOf(Path.of(shared), kind);
                Files.deleteIfExists(cache);
                Optional<Process> run = start(cache, Path.of(args), kind);
                if (run.isEmpty()) {
                    out.println("webhook-inspector: the start-up cache was not built (another build is running, or no shell)");
                    return 1;
                }
                boolean done = run.get().waitFor(INSTALL_TIME_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                if (!done) run.get().destroy();
                if (!done || !Files.isRegularFile(cache)) {
                    bytes = -1;
                    break;
                }
                bytes += Files.size(cache);
            }
            if (bytes > 0) {
                out.println("webhook-inspector: start-up cache built (" + bytes / 1_000_000 + " MB)");
                return 0;
            }
        } catch (IOException | RuntimeException e) {
            // Reported below in one line; the app works without the cache.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("webhook-inspector: the start-up cache was not built; the app starts without it");
        return 1;
    }

    private static Optional<Process> start(Path cache, Path argsFile, Kind kind) throws IOException {
        Optional<List<String>> command = command(cache, argsFile, Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path", ""), Instant.now(), kind);
        if (command.isEmpty()) return Optional.empty();
        ProcessBuilder pb = new ProcessBuilder(command.get());
        Map<String, String> env = pb.environment();
        // Only the options the launcher uses: a user's JAVA_TOOL_OPTIONS would break the cache or print on stdout.
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        // Nor the user's keys: the training run talks only to its own simulator and a closed loopback port.
        env.keySet().removeIf(k -> k.startsWith("WEBHOOK_INSPECTOR_"));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(isWindows() ? "NUL" : "/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return Optional.of(pb.start());
    }

    /**
     * The training command, or empty when there is nothing to do: the cache exists, the launcher's path did not
     * expand, the options file is missing, not on a POSIX shell, or another run started less than
     * {@link #STALE_MARKER} ago. Creates the cache folder and the marker file that keeps a second window from
     * training at the same time; the shell removes it when the run ends.
     */
    static Optional<List<String>> command(Path cache, Path argsFile, Path java, String classPath, Instant now, Kind kind) throws IOException {
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
        Path window = kind == Kind.WINDOW ? cache : windowOf(cache);
        removeOtherCaches(dir, List.of(window, pathOf(window, Kind.COMMANDS)));
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
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-cp", classPath, AotTraining.class.getName(), kind.name().toLowerCase(Locale.ROOT)));
        return Optional.of(cmd);
    }

    private static Path windowOf(Path commandsCache) {
        String name = commandsCache.getFileName().toString();
        return commandsCache.resolveSibling(name.endsWith("-cli.aot") ? name.substring(0, name.length() - 8) + ".aot" : name);
    }

    /** Caches of earlier versions (other names in the same folder) are never used again. */
    private static void removeOtherCaches(Path dir, List<Path> keep) {
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".aot") && !keep.contains(f)).forEach(f -> {
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
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
