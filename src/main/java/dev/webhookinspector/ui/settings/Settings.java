package dev.webhookinspector.ui.settings;

import dev.webhookinspector.ui.ThemeMode;
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
 */
public record Settings(WindowGeometry window, ThemeMode theme, String lastProfile, Map<String, List<RecentId>> recentIds) {
    public static final int MAX_RECENT = 10;
    public static final Settings DEFAULTS = new Settings(null, ThemeMode.SYSTEM, null, Map.of());

    public Settings {
        theme = theme == null ? ThemeMode.SYSTEM : theme;
        Map<String, List<RecentId>> copy = new LinkedHashMap<>();
        if (recentIds != null) recentIds.forEach((k, v) -> { if (k != null && v != null) copy.put(k, List.copyOf(v)); });
        recentIds = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<WindowGeometry> windowGeometry() { return Optional.ofNullable(window); }

    public Optional<String> lastProfileName() { return Optional.ofNullable(lastProfile); }

    public List<RecentId> recent(String profile) {
        return recentIds.getOrDefault(key(profile), List.of());
    }

    public Settings withWindow(WindowGeometry g) { return new Settings(g, theme, lastProfile, recentIds); }

    public Settings withTheme(ThemeMode t) { return new Settings(window, t, lastProfile, recentIds); }

    public Settings withLastProfile(String name) { return new Settings(window, theme, name, recentIds); }

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
        return new Settings(window, theme, last, copy);
    }

    private Settings withRecentList(String profile, List<RecentId> list) {
        Map<String, List<RecentId>> copy = new LinkedHashMap<>(recentIds);
        copy.put(key(profile), list);
        return new Settings(window, theme, lastProfile, copy);
    }

    /** Profile names are case-insensitive, like the profile layer's lookup. */
    private static String key(String profile) {
        return profile.toLowerCase(Locale.ROOT);
    }
}
