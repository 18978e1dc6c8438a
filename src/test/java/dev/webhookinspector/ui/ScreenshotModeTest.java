package dev.webhookinspector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return run(args, null);
    }

    private Process run(List<String> args, String javaToolOptions) throws Exception {
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
        if (javaToolOptions != null) pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        pb.environment().put("WEBHOOK_INSPECTOR_HOME", home.toString());
        return pb.start();
    }

    @Test void theDemoScreenshotFlagWritesAPngOfAtLeast1280By800AndExits() throws Exception {
        Path png = home.resolve("shots").resolve("healthy-dark.png");
        Process p = run(List.of("--demo", "--open", "ultravox:" + DemoFixtures.ULTRAVOX_HEALTHY, "--theme", "dark",
                "--screenshot", png.toString()));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app exits by itself");
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1280 && image.getHeight() >= 800, image.getWidth() + "x" + image.getHeight());
        assertTrue(Files.notExists(home.resolve("settings.json")), "automation leaves the user's settings alone");
    }

    @Test void theSmokeTestOpensTheWindowAndExitsWithZero() throws Exception {
        // As the packaged app's smoke test runs it: headless through JAVA_TOOL_OPTIONS.
        Process p = run(List.of("--smoke-test"), "-Dglass.platform=Headless -Dprism.order=sw");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), output);
    }

    @Test void withNoDisplayAtAllTheWindowSaysSoInOneLine() throws Exception {
        Process p = run(List.of("--smoke-test"));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.contains("webhook-inspector: the window could not open"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
    }

    @Test void aBadWindowFlagIsOneLineAndExitCode2() throws Exception {
        Process p = run(List.of("--theme", "sepia"));
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String output = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(2, p.exitValue());
        assertEquals("webhook-inspector: --theme takes light or dark.", output.lines().filter(l -> !l.startsWith("WARNING")).findFirst().orElse(""));
    }
}
