package dev.webhookinspector.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.demo.SandboxDemo;
import dev.webhookinspector.ui.settings.Settings;
import dev.webhookinspector.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window on its own stage for a UI test: the real profile layer in a temporary
 * home, the real HTTP client, and the demo on the built-in simulator, whose requests a test can read.
 */
public final class UiHarness implements AutoCloseable {
    public final Path home;
    public final Map<String, String> env;
    public final ProfileService profiles;
    public final FxTaskRunner runner = new FxTaskRunner();
    public final ObservedFetcher fetcher = new ObservedFetcher();
    public final SettingsStore settingsStore;
    private final dev.webhookinspector.ui.profiles.PassphraseDialog passphrase;
    public AppWindow window;
    private volatile SandboxDemo demo;

    public UiHarness(Path home, Map<String, String> extraEnv) {
        this.home = home;
        Map<String, String> e = new HashMap<>(extraEnv);
        e.put(ProfileServices.HOME_VARIABLE, home.toString());
        this.env = Map.copyOf(e);
        this.passphrase = new dev.webhookinspector.ui.profiles.PassphraseDialog(env);
        this.profiles = ProfileServices.open(env, passphrase);
        this.settingsStore = SettingsStore.inHome(home);
    }

    /** Opens the window as the app would with these flags, and waits until it has settled. */
    public AppWindow open(LaunchOptions options) throws Exception {
        AppServices services = new AppServices(profiles, fetcher, settingsStore, () -> {
            SandboxDemo d = SandboxDemo.start();
            demo = d;
            return d;
        }, runner, env, true);
        CompletableFuture<Void> settled = new CompletableFuture<>();
        // The size the app opens at on a usual screen; the headless screen is smaller than that.
        if (java.nio.file.Files.notExists(settingsStore.file())) {
            settingsStore.save(Settings.DEFAULTS.withWindow(new dev.webhookinspector.ui.settings.WindowGeometry(0, 0, 1280, 800, false)));
        }
        Settings settings = settingsStore.load();
        Platform.runLater(() -> {
            window = AppWindow.open(new Stage(), services, settings, options);
            passphrase.attach(window.overlays());
            window.start(options, () -> settled.complete(null));
        });
        settled.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** The simulator behind demo mode; null until the demo started. */
    public Sandbox sandbox() {
        return demo == null ? null : demo.sandbox();
    }

    /**
     * What the simulator received, without the list pages the sidebar and the board ask for: the gets by ID a fetch
     * sends. A list's path ends with its collection ("/api/webhooks", "/v2/hooks"); a get's with an ID.
     */
    public java.util.List<dev.webhookinspector.sandbox.RecordedRequest> getRequests() {
        return sandbox().requests().stream().filter(r -> {
            String path = r.path().replaceFirst("\\?.*$", "");
            return !path.endsWith("/webhooks") && !path.endsWith("/hooks");
        }).toList();
    }

    public <T extends Node> T find(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            WaitForAsyncUtils.waitForFxEvents();
            if (onFx(condition::getAsBoolean)) return;
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                // Interrupted by JUnit's timeout: fail, never return as if the condition held.
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
        if (!onFx(condition::getAsBoolean)) {
            saveWindows(what);
            assertTrue(false, "Timed out waiting until " + what + " (window pictures in target/ui-failures)");
        }
    }

    /** Pictures of every open window, to see what a failed test saw. */
    private static void saveWindows(String what) {
        onFx(() -> {
            Path dir = Path.of("target", "ui-failures");
            java.nio.file.Files.createDirectories(dir);
            int i = 0;
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.getScene() == null) continue;
                var image = javafx.embed.swing.SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
                javax.imageio.ImageIO.write(image, "png", dir.resolve(what.replaceAll("\\W+", "-") + "-" + i++ + ".png").toFile());
            }
            return null;
        });
    }

    public static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not run on the JavaFX thread", e);
        }
    }

    @Override public void close() throws Exception {
        if (window != null) {
            AppWindow w = window;
            onFx(() -> {
                w.stage().hide();
                w.close();
                return null;
            });
        }
        runner.close();
        profiles.close();
    }
}
