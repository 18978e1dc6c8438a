package dev.webhookinspector.ui;

import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.ui.demo.DemoLauncher;
import dev.webhookinspector.ui.settings.SettingsStore;
import java.util.Map;

/**
 * What the window's ViewModels use below them. None of it knows JavaFX; all of it but the
 * runner blocks, so ViewModels only call it through {@link #runner()}.
 *
 * @param env the environment, for profiles whose key is read from a variable
 * @param persistSettings false in screenshot mode, so automation never rewrites the user's settings
 */
public record AppServices(ProfileService profiles, WebhookFetcher fetcher, SettingsStore settings, DemoLauncher demo,
                          TaskRunner runner, Map<String, String> env, boolean persistSettings) {
    public AppServices {
        env = Map.copyOf(env);
    }
}
