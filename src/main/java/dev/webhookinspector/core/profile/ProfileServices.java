package dev.webhookinspector.core.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Opens the profile service the app uses: the user's configuration directory and the real key stores. */
public final class ProfileServices {
    /** Overrides the configuration directory; tests and portable setups use it. */
    public static final String HOME_VARIABLE = "WEBHOOK_INSPECTOR_HOME";
    private static final String APP_DIR = "webhook-inspector";
    /** The data folder's name where the OS convention is a display name (macOS, Windows). */
    private static final String DISPLAY_DIR = "Webhook Inspector";

    private ProfileServices() {}

    /** The vault passphrase comes from {@value PassphrasePrompt#VARIABLE} or a terminal prompt. Opening touches nothing yet. */
    public static ProfileService open(Map<String, String> env) {
        return open(env, PassphrasePrompt.fromEnvironmentOrConsole(env));
    }

    /** For the window, which asks for the vault passphrase in a dialog. */
    public static ProfileService open(Map<String, String> env, PassphrasePrompt prompt) {
        return new FileProfileService(configDir(env), env, prompt, OsKeyStore.DEFAULT_SERVICE);
    }

    public static Path configDir(Map<String, String> env) {
        return configDir(env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static Path dataDir(Map<String, String> env) {
        return dataDir(env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /**
     * Where data the app collects lives (the history database), apart from settings: $WEBHOOK_INSPECTOR_HOME as for
     * {@link #configDir}, else $XDG_DATA_HOME or ~/.local/share, ~/Library/Application Support or %LOCALAPPDATA%
     * (not roamed: a history is this machine's).
     */
    static Path dataDir(Map<String, String> env, String osName, String userHome) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath().normalize();
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve(DISPLAY_DIR);
        }
        if (os.startsWith("mac")) return Path.of(userHome, "Library", "Application Support", DISPLAY_DIR);
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve(APP_DIR);
    }

    /** $WEBHOOK_INSPECTOR_HOME, else the OS's per-user configuration directory plus "webhook-inspector". */
    static Path configDir(Map<String, String> env, String osName, String userHome) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath().normalize();
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve(APP_DIR);
        }
        if (os.startsWith("mac")) return Path.of(userHome, "Library", "Application Support", APP_DIR);
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve(APP_DIR);
    }
}
