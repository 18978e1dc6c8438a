package dev.webhookinspector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.webhookinspector.sandbox.DemoFixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app's screenshot and smoke-test flags, run as a separate process like a user or CI would. */
class ScreenshotModeTest {
    @TempDir Path home;

    private Process run(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "dev.webhookinspector.Main"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // No display and no -D: the app must choose JavaFX's headless platform by itself.
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("WEBHOOK_INSPECTOR_HOME", home.toString());
        return pb.start();
    }

    @Test void theDemoScreenshotFlagWritesAPngOfAtLeast1280By800AndExits() throws Exception {
        Path png = home.resolve("healthy-dark.png");
        Process p = run(List.of("--demo", "--open", "ultravox:" + DemoFixtures.ULTRAVOX_HEALTHY, "--theme", "dark",
                "--screenshot", png.toString()));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app exits by itself");
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1280 && image.getHeight() >= 800, image.getWidth() + "x" + image.getHeight());
        assertTrue(Files.notExists(home.resolve("settings.json")), "automation leaves the user's settings alone");
    }

    @Test void theBoardRendersWithoutAClick() throws Exception {
        Path png = home.resolve("board-light.png");
        Process p = run(List.of("--demo", "--open", "board", "--theme", "light", "--screenshot", png.toString()));
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the app exits by itself");
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1280 && image.getHeight() >= 800, image.getWidth() + "x" + image.getHeight());
    }

    @Test void theSmokeTestNeedsNoDisplayAndExitsWithZero() throws Exception {
        Process p = run(List.of("--smoke-test"));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app exits by itself");
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), output);
    }

    @Test void withNoDisplayAtAllTheWindowSaysSoInOneLineWithAdviceThatWorksFromTheSources() throws Exception {
        Process p = run(List.of("--theme", "dark"));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app exits by itself");
        List<String> lines = messages(p);
        assertEquals(dev.webhookinspector.core.problem.ExitCode.LOCAL.code(), p.exitValue(), String.join("\n", lines));
        assertEquals(1, lines.size(), "one line: " + lines);
        assertTrue(lines.getFirst().startsWith("webhook-inspector: the window could not open"), lines.getFirst());
        // Run from the sources (not the packaged launcher), the advice is a command that works in a checkout.
        assertTrue(lines.getFirst().contains("./mvnw -q compile exec:exec -Dapp.args=\"--demo --screenshot window.png\""), lines.getFirst());
    }

    @Test void aScreenshotIntoAFolderIsOneLineAndExitCode2BeforeAnyWindow() throws Exception {
        Path folder = Files.createDirectory(home.resolve("shots.png"));
        Process p = run(List.of("--demo", "--screenshot", folder.toString()));
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the app exits by itself");
        List<String> lines = messages(p);
        assertEquals(2, p.exitValue(), String.join("\n", lines));
        assertEquals(List.of("webhook-inspector: --screenshot " + folder + " is a folder; name a PNG file inside it, such as "
                + folder.resolve("window.png") + "."), lines);
        assertTrue(Files.isDirectory(folder), "the folder is left alone");
    }

    @Test void aScreenshotThatCannotBeWrittenIsOneLineWithoutAStackTrace() throws Exception {
        // A folder that exists and passes the checks, but where no file can be created, whoever runs the test.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux's /proc");
        Process p = run(List.of("--demo", "--screenshot", proc.resolve("window.png").toString()));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app exits by itself");
        List<String> lines = messages(p);
        assertTrue(p.exitValue() != 0, "a non-zero exit code: " + lines);
        assertEquals(1, lines.size(), "one line: " + lines);
        assertTrue(lines.getFirst().startsWith("webhook-inspector: ") && lines.getFirst().contains(proc.resolve("window.png").toString()),
                lines.getFirst());
    }

    @Test void aBadWindowFlagIsOneLineAndExitCode2() throws Exception {
        Process p = run(List.of("--theme", "sepia"));
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String output = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(2, p.exitValue());
        assertEquals("webhook-inspector: --theme takes light or dark.", output.lines().filter(l -> !l.startsWith("WARNING")).findFirst().orElse(""));
    }

    /** What the user reads: the process's output without the JVM's own WARNING lines. */
    private static List<String> messages(Process p) throws java.io.IOException {
        return new String(p.getInputStream().readAllBytes()).lines().filter(l -> !l.startsWith("WARNING")).toList();
    }
}
