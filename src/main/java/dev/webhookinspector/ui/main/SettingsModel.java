package dev.webhookinspector.ui.main;

import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.ThemeMode;
import dev.webhookinspector.ui.settings.RecentId;
import dev.webhookinspector.ui.settings.Settings;
import dev.webhookinspector.ui.settings.WindowGeometry;
import dev.webhookinspector.core.text.Formats;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The theme, and everything the window remembers between runs (theme, window geometry, last profile,
 * saved profiles' recent IDs). Each change is written in the background; a failed write is told in the
 * status bar and costs only what was remembered.
 */
public final class SettingsModel {
    private final AppServices services;
    private final StatusLine status;
    private final ReadOnlyObjectWrapper<ThemeMode> themeMode = new ReadOnlyObjectWrapper<>(this, "themeMode", ThemeMode.SYSTEM);
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyObjectWrapper<Duration> timeout = new ReadOnlyObjectWrapper<>(this, "timeout");
    private final ReadOnlyBooleanWrapper sidebarShown = new ReadOnlyBooleanWrapper(this, "sidebarShown", true);
    private Settings settings;

    SettingsModel(AppServices services, Settings settings, StatusLine status) {
        this.services = services;
        this.status = status;
        this.settings = settings;
        themeMode.set(settings.theme());
        timeout.set(settings.timeout());
        sidebarShown.set(!settings.sidebarHidden());
        dark.bind(Bindings.createBooleanBinding(
                () -> themeMode.get() == ThemeMode.DARK || (themeMode.get() == ThemeMode.SYSTEM && systemDark.get()),
                themeMode, systemDark));
    }

    public ReadOnlyObjectProperty<ThemeMode> themeModeProperty() { return themeMode.getReadOnlyProperty(); }

    /** Fed by the window from the operating system's colour scheme. */
    public BooleanProperty systemDarkProperty() { return systemDark; }

    /** Whether the window shows the dark theme now. */
    public ReadOnlyBooleanProperty darkProperty() { return dark.getReadOnlyProperty(); }

    public void toggleTheme() {
        setTheme(dark.get() ? ThemeMode.LIGHT : ThemeMode.DARK);
    }

    public void followSystemTheme() {
        setTheme(ThemeMode.SYSTEM);
    }

    /** A theme given on the command line: shown now, not remembered. */
    public void useThemeForThisRun(ThemeMode mode) {
        themeMode.set(mode);
    }

    /** How long a fetch may take in the window. */
    public ReadOnlyObjectProperty<Duration> timeoutProperty() { return timeout.getReadOnlyProperty(); }

    public void setTimeout(Duration d) {
        settings = settings.withTimeout(d);
        timeout.set(settings.timeout());
        persist();
    }

    /** The error panel's answer to a timeout: twice the time (up to five minutes) from now on. */
    public void waitLonger() {
        setTimeout(settings.timeout().multipliedBy(2));
        status.say("Fetches may now take up to " + Formats.seconds(settings.timeout()) + "; the app menu changes it.", false);
    }

    /** Whether the webhook sidebar shows; remembered. */
    public ReadOnlyBooleanProperty sidebarShownProperty() { return sidebarShown.getReadOnlyProperty(); }

    public void toggleSidebar() {
        sidebarShown.set(!sidebarShown.get());
        settings = settings.withSidebarHidden(!sidebarShown.get());
        persist();
    }

    public void rememberWindow(WindowGeometry geometry) {
        settings = settings.withWindow(geometry);
    }

    Optional<String> lastProfile() { return settings.lastProfileName(); }

    void profileChosen(String name) {
        if (name.equals(settings.lastProfile())) return;
        settings = settings.withLastProfile(name);
        persist();
    }

    List<RecentId> recent(String profile) { return settings.recent(profile); }

    void rememberRecent(String profile, RecentId id) {
        settings = settings.withRecent(profile, id);
        persist();
    }

    void profileRenamed(String oldName, String newName) {
        settings = settings.withProfileRenamed(oldName, newName);
        persist();
    }

    void profileRemoved(String name) {
        settings = settings.withProfileRenamed(name, null);
        persist();
    }

    /** Writes the settings on this thread; called once, when the app stops. */
    void saveNow() {
        if (!services.persistSettings()) return;
        try {
            services.settings().save(settings);
        } catch (IOException e) {
            // The window is gone; a settings file that could not be written only costs the remembered layout.
        }
    }

    private void setTheme(ThemeMode mode) {
        themeMode.set(mode);
        settings = settings.withTheme(mode);
        persist();
    }

    private void persist() {
        if (!services.persistSettings()) return;
        Settings snapshot = settings;
        services.runner().run(() -> {
            services.settings().save(snapshot);
            return null;
        }, ok -> { }, error -> status.say("Settings could not be saved: " + StatusLine.messageOf(error), true));
    }
}
