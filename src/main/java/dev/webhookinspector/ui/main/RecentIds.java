package dev.webhookinspector.ui.main;

import dev.webhookinspector.ui.profiles.ProfileChoice;
import dev.webhookinspector.ui.settings.RecentId;
import dev.webhookinspector.ui.settings.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The webhook IDs fetched before with the selected profile, newest first: a saved profile's are kept
 * in the settings, a demo profile's in memory only, since demo mode saves nothing.
 */
public final class RecentIds {
    private final SettingsModel settings;
    private final ObservableList<RecentId> shown = FXCollections.observableArrayList();
    private final ObservableList<RecentId> shownView = FXCollections.unmodifiableObservableList(shown);
    private final Map<String, List<RecentId>> demoRecents = new HashMap<>();
    private ProfileChoice profile;

    RecentIds(SettingsModel settings) {
        this.settings = settings;
    }

    /** The selected profile's recent IDs. */
    public ObservableList<RecentId> list() { return shownView; }

    /** Shows {@code profile}'s IDs; none when it is null. */
    void showFor(ProfileChoice profile) {
        this.profile = profile;
        shown.setAll(profile == null ? List.of() : of(profile));
    }

    /** Puts {@code id} first in {@code profile}'s list. */
    void remember(ProfileChoice profile, RecentId id) {
        if (profile.demo()) {
            demoRecents.put(profile.name(), RecentId.push(demoRecents.getOrDefault(profile.name(), List.of()), id, Settings.MAX_RECENT));
        } else {
            settings.rememberRecent(profile.name(), id);
        }
        if (profile.equals(this.profile)) shown.setAll(of(profile));
    }

    private List<RecentId> of(ProfileChoice profile) {
        return profile.demo() ? demoRecents.getOrDefault(profile.name(), List.of()) : settings.recent(profile.name());
    }
}
