package dev.webhookinspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class AotCacheTest {
    @TempDir Path dir;
    private Path cache;
    private Path args;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @BeforeEach void files() throws Exception {
        cache = dir.resolve("cache").resolve("webhook-inspector-0123.aot");
        args = Files.writeString(dir.resolve("jvm.args"), "-Djava.net.useSystemProxies=true\n");
    }

    @Test void trainsIntoATemporaryFileWithTheLaunchersOptionsHeadlessOnAnEmptyHomeOnTheCommandLineAndTheWindow() throws Exception {
        List<String> cmd = AotCache.command(cache, args, java, "a.jar:b.jar", now, AotCache.Kind.WINDOW).orElseThrow();
        assertEquals("/bin/sh", cmd.get(0));
        assertTrue(cmd.contains("@" + args));
        assertTrue(cmd.contains("-XX:AOTCacheOutput=" + cache + ".tmp"));
        assertTrue(cmd.contains("-Dglass.platform=Headless"));
        assertTrue(cmd.containsAll(List.of("-cp", "a.jar:b.jar", AotTraining.class.getName(), "window")));
        assertTrue(cmd.get(2).contains("WEBHOOK_INSPECTOR_HOME="));
        assertTrue(Files.exists(cache.resolveSibling(cache.getFileName() + ".training")));
    }

    @Test void aSecondStartWhileARunIsUnderWayDoesNothingButAStaleMarkerIsTakenOver() throws Exception {
        assertTrue(AotCache.command(cache, args, java, "a.jar", now, AotCache.Kind.WINDOW).isPresent());
        assertEquals(Optional.empty(), AotCache.command(cache, args, java, "a.jar", now.plusSeconds(60), AotCache.Kind.WINDOW));
        Path marker = cache.resolveSibling(cache.getFileName() + ".training");
        Files.setLastModifiedTime(marker, FileTime.from(now.minus(AotCache.STALE_MARKER).minus(Duration.ofMinutes(1))));
        assertTrue(AotCache.command(cache, args, java, "a.jar", now, AotCache.Kind.WINDOW).isPresent());
    }

    @Test void nothingToDoWhenTheCacheExistsOrTheLauncherDidNotExpandItsPath() throws Exception {
        Files.createDirectories(cache.getParent());
        Files.write(cache, new byte[] {1});
        assertEquals(Optional.empty(), AotCache.command(cache, args, java, "a.jar", now, AotCache.Kind.WINDOW));
        assertEquals(Optional.empty(), AotCache.command(Path.of("$HOME/.cache/x.aot"), args, java, "a.jar", now, AotCache.Kind.WINDOW));
        assertEquals(Optional.empty(), AotCache.command(dir.resolve("other.aot"), dir.resolve("missing.args"), java, "a.jar", now, AotCache.Kind.WINDOW));
    }

    @Test void cachesOfEarlierBuildsAreRemovedButNotTheCommandLinesCacheOfThisOne() throws Exception {
        Files.createDirectories(cache.getParent());
        Path old = Files.write(cache.resolveSibling("webhook-inspector-old.aot"), new byte[] {1});
        Path commands = Files.write(AotCache.pathOf(cache, AotCache.Kind.COMMANDS), new byte[] {1});
        assertEquals("webhook-inspector-0123-cli.aot", commands.getFileName().toString());
        assertTrue(AotCache.command(cache, args, java, "a.jar", now, AotCache.Kind.WINDOW).isPresent());
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(commands));
    }

    @Test void theCommandLinesCacheIsTrainedOnTheCommands() throws Exception {
        Path commands = AotCache.pathOf(cache, AotCache.Kind.COMMANDS);
        List<String> cmd = AotCache.command(commands, args, java, "a.jar", now, AotCache.Kind.COMMANDS).orElseThrow();
        assertTrue(cmd.contains("-XX:AOTCacheOutput=" + commands + ".tmp"));
        assertEquals("commands", cmd.getLast());
    }

    @Test void outsideTheInstalledPackageThereIsNoSharedCacheToBuildAndItSaysSoInOneLine() {
        var out = new java.io.ByteArrayOutputStream();
        assertEquals(1, AotCache.buildShared(new java.io.PrintStream(out, true)));
        assertEquals("webhook-inspector: no start-up cache to build outside the installed package", out.toString().strip());
    }
}
