package dev.webhookinspector.ui.settings;

import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.ui.ThemeMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the window remembers between runs. Never holds a secret: profile names and webhook IDs only.
 *
 * @param window null until the window was closed once
 * @param lastProfile null when none was chosen yet
 * @param recentIds per saved profile name (lower case), most recent first
 * @param timeoutSeconds how long a fetch may take in the window, 0 for the default
 * @param sidebarHidden true once the user collapsed the webhook sidebar
 */
public record Settings(WindowGeometry window, ThemeMode theme, String lastProfile, Map<String, List<RecentId>> recentIds, int timeoutSeconds,
                       boolean sidebarHidden) {
    public static final int MAX_RECENT = 10;
    /** The longest a fetch may be allowed: beyond that, a provider is not slow but gone. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    public static final Settings DEFAULTS = new Settings(null, ThemeMode.SYSTEM, null, Map.of(), 0, false);

    public Settings {
        timeoutSeconds = (int) Math.clamp(timeoutSeconds, 0, MAX_TIMEOUT.toSeconds());
        theme = theme == null ? ThemeMode.SYSTEM : theme;
        Map<String, List<RecentId>> copy = new LinkedHashMap<>();
        if (recentIds != null) recentIds.forEach((k, v) -> { if (k != null && v != null) copy.put(k, List.copyOf(v)); });
        recentIds = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<WindowGeometry> windowGeometry() { return Optional.ofNullable(window); }

    public Optional<String> lastProfileName() { return Optional.ofNullable(lastProfile); }

    /** The fetch timeout: the chosen one, else the command line's default. */
    public Duration timeout() {
        return timeoutSeconds == 0 ? Connection.DEFAULT_TIMEOUT : Duration.ofSeconds(timeoutSeconds);
    }

    public Settings withTimeout(Duration d) {
        return new Settings(window, theme, lastProfile, recentIds, (int) Math.min(d.toSeconds(), MAX_TIMEOUT.toSeconds()), sidebarHidden);
    }

    public List<RecentId> recent(String profile) {
        return recentIds.getOrDefault(key(profile), List.of());
    }

    public Settings withWindow(WindowGeometry g) { return new Settings(g, theme, lastProfile, recentIds, timeoutSeconds, sidebarHidden); }

    public Settings withTheme(ThemeMode t) { return new Settings(window, t, lastProfile, recentIds, timeoutSeconds, sidebarHidden); }

    public Settings withLastProfile(String name) { return new Settings(window, theme, name, recentIds, timeoutSeconds, sidebarHidden); }

    public Settings withSidebarHidden(boolean hidden) {
        return new Settings(window, theme, lastProfile, recentIds, timeoutSeconds, hidden);
    }

    /** Puts {@code id} first in the profile's list, keeping a known name when the new one is empty. */
    public Settings withRecent(String profile, RecentId id) {
        return withRecentList(profile, RecentId.push(recent(profile), id, MAX_RECENT));
    }

    /** Moves a profile's recent IDs to its new name, or drops them when {@code newName} is null. */
    public Settings withProfileRenamed(String oldName, String newName) {
        Map<String, List<RecentId>> copy = new LinkedHashMap<>(recentIds);
        List<RecentId> list = copy.remove(key(oldName));
        if (newName != null && list != null) copy.put(key(newName), list);
        String last = lastProfile != null && lastProfile.equalsIgnoreCase(oldName) ? newName : lastProfile;
        return new Settings(window, theme, last, copy, timeoutSeconds, sidebarHidden);
    }

    private Settings withRecentList(String profile, List<RecentId> list) {
        Map<String, List<RecentId>> copy = new LinkedHashMap<>(recentIds);
        copy.put(key(profile), list);
        return new Settings(window, theme, lastProfile, copy, timeoutSeconds, sidebarHidden);
    }

    /** Profile names are case-insensitive, like the profile layer's lookup. */
    private static String key(String profile) {
        return profile.toLowerCase(Locale.ROOT);
    }
}
