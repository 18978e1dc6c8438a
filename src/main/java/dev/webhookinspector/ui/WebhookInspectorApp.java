package dev.webhookinspector.ui;

import dev.webhookinspector.AotCache;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.ui.demo.SandboxDemo;
import dev.webhookinspector.ui.main.ProfileListing;
import dev.webhookinspector.ui.profiles.PassphraseDialog;
import dev.webhookinspector.ui.settings.Settings;
import dev.webhookinspector.ui.settings.SettingsStore;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: opens the services, the main window, and runs the smoke test or screenshot when asked. */
public final class WebhookInspectorApp extends Application {
    private static volatile int exitStatus;

    private LaunchOptions options;
    private Map<String, String> env;
    private SettingsStore settingsStore;
    private Settings settings;
    private PassphraseDialog passphrase;
    private ProfileService profiles;
    private ProfileListing firstProfiles;
    private FxTaskRunner runner;
    private AppWindow window;

    /** 0, or 1 when a screenshot could not be written. */
    static int exitStatus() { return exitStatus; }

    /**
     * Runs on the launcher thread, so reading the settings and profile files never holds up the JavaFX thread, and
     * the first frame already shows the profiles (one frame to a settled window, as a bare JavaFX start has).
     */
    @Override public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        env = System.getenv();
        settingsStore = SettingsStore.inHome(ProfileServices.configDir(env));
        settings = settingsStore.load();
        passphrase = new PassphraseDialog(env);
        profiles = ProfileServices.open(env, passphrase);
        try {
            firstProfiles = ProfileListing.read(profiles);
        } catch (ProfileException | RuntimeException e) {
            // The window reads them again and says what is wrong where the user sees it.
            firstProfiles = null;
        }
    }

    @Override public void start(Stage stage) {
        runner = new FxTaskRunner();
        AppServices services = new AppServices(profiles, new HttpWebhookFetcher(), settingsStore, SandboxDemo::start,
                runner, env, !options.automated());
        window = AppWindow.open(stage, services, settings, options);
        passphrase.attach(window.overlays());
        window.start(options, firstProfiles, this::settled);
    }

    @Override public void stop() {
        if (window != null) window.close();
        if (runner != null) runner.close();
        if (profiles != null) profiles.close();
    }

    /** Everything the flags asked for has happened: take the screenshot or end the smoke test. */
    private void settled() {
        // A person's start, not automation (tests, CI, screenshots): build the AOT cache for the next start.
        if (!options.automated()) AotCache.trainInBackgroundIfMissing();
        if (options.screenshotFile().isPresent()) {
            Screenshot.capture(window.scene(), options.screenshot(), runner, Platform::exit, problem -> {
                System.err.println("webhook-inspector: " + problem);
                exitStatus = ExitCode.LOCAL.code();
                Platform.exit();
            });
        } else if (options.smokeTest()) {
            window.afterNextFrame(Platform::exit);
        }
    }
}
