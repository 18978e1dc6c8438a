package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.TaskRunner;
import dev.webhookinspector.ui.ThemeMode;
import dev.webhookinspector.ui.demo.DemoSession;
import dev.webhookinspector.ui.demo.DemoWebhook;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import dev.webhookinspector.ui.profiles.ProfilesListener;
import dev.webhookinspector.ui.settings.RecentId;
import dev.webhookinspector.ui.settings.Settings;
import dev.webhookinspector.ui.settings.WindowGeometry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state and commands: which profile, which ID, whether a fetch runs, what the
 * status bar says. Blocking work goes through the task runner; results land in the {@link ResultSink}.
 */
public final class MainViewModel implements ProfilesListener {
    /** What the centre of the window shows. */
    public enum Screen { LOADING, WELCOME, READY, INSPECTOR }

    /** The profile list as read, with anything the profile layer wants the user told. */
    private record Loaded(List<Profile> profiles, List<String> warnings) {}

    /** One fetch: which profile and which ID, kept for Refresh and Retry. */
    private record Target(ProfileChoice profile, String id) {}

    private final AppServices services;
    private final ResultSink inspector;

    // Read-only views made once: a listener on a fresh wrapper per call would vanish with the wrapper.
    private final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    private final ObservableList<ProfileChoice> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObjectProperty<ProfileChoice> selectedProfile = new SimpleObjectProperty<>(this, "selectedProfile");
    private final StringProperty webhookId = new SimpleStringProperty(this, "webhookId", "");
    private final ReadOnlyStringWrapper idProblem = new ReadOnlyStringWrapper(this, "idProblem", "");
    private final ReadOnlyStringWrapper idHint = new ReadOnlyStringWrapper(this, "idHint", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper(this, "busyMessage", "");
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.LOADING);
    private final ReadOnlyBooleanWrapper demoActive = new ReadOnlyBooleanWrapper(this, "demoActive");
    private final ObservableList<DemoWebhook> demoWebhooks = FXCollections.observableArrayList();
    private final ObservableList<DemoWebhook> demoWebhooksView = FXCollections.unmodifiableObservableList(demoWebhooks);
    private final ObservableList<RecentId> recentIds = FXCollections.observableArrayList();
    private final ObservableList<RecentId> recentIdsView = FXCollections.unmodifiableObservableList(recentIds);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final ReadOnlyObjectWrapper<Instant> lastFetchAt = new ReadOnlyObjectWrapper<>(this, "lastFetchAt");
    private final ReadOnlyObjectWrapper<Duration> lastDuration = new ReadOnlyObjectWrapper<>(this, "lastDuration");
    private final ReadOnlyIntegerWrapper lastHttpStatus = new ReadOnlyIntegerWrapper(this, "lastHttpStatus");
    private final ReadOnlyObjectWrapper<ThemeMode> themeMode = new ReadOnlyObjectWrapper<>(this, "themeMode", ThemeMode.SYSTEM);
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyBooleanWrapper canFetch = new ReadOnlyBooleanWrapper(this, "canFetch");
    private final ReadOnlyBooleanWrapper canRefresh = new ReadOnlyBooleanWrapper(this, "canRefresh");
    private final ReadOnlyObjectWrapper<Target> lastTarget = new ReadOnlyObjectWrapper<>(this, "lastTarget");
    private final ReadOnlyObjectWrapper<Duration> timeout = new ReadOnlyObjectWrapper<>(this, "timeout");

    private final Map<String, List<RecentId>> demoRecents = new HashMap<>();
    private Settings settings;
    private DemoSession demo;
    private TaskRunner.Job job;
    private long generation;

    public MainViewModel(AppServices services, ResultSink inspector, Settings settings) {
        this.services = services;
        this.inspector = inspector;
        this.settings = settings;
        themeMode.set(settings.theme());
        timeout.set(settings.timeout());
        dark.bind(Bindings.createBooleanBinding(
                () -> themeMode.get() == ThemeMode.DARK || (themeMode.get() == ThemeMode.SYSTEM && systemDark.get()),
                themeMode, systemDark));
        canFetch.bind(selectedProfile.isNotNull().and(busy.not()).and(webhookId.isNotEmpty()));
        canRefresh.bind(lastTarget.isNotNull().and(busy.not()));
        selectedProfile.addListener((obs, old, now) -> profileSelected(now));
        webhookId.addListener((obs, old, now) -> checkId(false));
    }

    // ---- state, read-only outside except the two inputs (profile and ID)

    public ObservableList<ProfileChoice> profiles() { return profilesView; }
    public ObjectProperty<ProfileChoice> selectedProfileProperty() { return selectedProfile; }
    public StringProperty webhookIdProperty() { return webhookId; }
    public ReadOnlyStringProperty idProblemProperty() { return idProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty idHintProperty() { return idHint.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty busyMessageProperty() { return busyMessage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Screen> screenProperty() { return screen.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty demoActiveProperty() { return demoActive.getReadOnlyProperty(); }
    public ObservableList<DemoWebhook> demoWebhooks() { return demoWebhooksView; }
    public ObservableList<RecentId> recentIds() { return recentIdsView; }
    public ReadOnlyStringProperty statusMessageProperty() { return statusMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty statusIsErrorProperty() { return statusIsError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Instant> lastFetchAtProperty() { return lastFetchAt.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Duration> lastDurationProperty() { return lastDuration.getReadOnlyProperty(); }
    /** 0 when the last fetch got no HTTP answer. */
    public ReadOnlyIntegerProperty lastHttpStatusProperty() { return lastHttpStatus.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ThemeMode> themeModeProperty() { return themeMode.getReadOnlyProperty(); }
    /** Fed by the view from the operating system's colour scheme. */
    public BooleanProperty systemDarkProperty() { return systemDark; }
    public ReadOnlyBooleanProperty darkProperty() { return dark.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canFetchProperty() { return canFetch.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRefreshProperty() { return canRefresh.getReadOnlyProperty(); }

    // ---- commands

    /** Lists the saved profiles and picks the last one used; {@code then} runs once the window has content. */
    public void start(Runnable then) {
        loadProfiles(settings.lastProfileName().orElse(null), then);
    }

    /** Fetches the ID in the field with the selected profile, unless the ID breaks the provider's rule. */
    public void fetch() {
        fetch(null);
    }

    public void fetch(Runnable then) {
        ProfileChoice profile = selectedProfile.get();
        if (profile == null || busy.get()) return;
        if (!checkId(true)) {
            statusMessage.set("Nothing was sent: " + idProblem.get());
            statusIsError.set(true);
            return;
        }
        run(new Target(profile, webhookId.get().strip()), then);
    }

    /** Fetches the webhook shown last again (F5). */
    public void refresh() {
        Target t = lastTarget.get();
        if (t == null || busy.get()) return;
        if (profiles.contains(t.profile())) {
            selectedProfile.set(t.profile());
            webhookId.set(t.id());
        }
        run(t, null);
    }

    /** Stops the running work at once; the worker thread is interrupted, which aborts its HTTP request. */
    public void cancel() {
        if (!busy.get()) return;
        generation++;
        if (job != null) job.cancel();
        job = null;
        busy.set(false);
        busyMessage.set("");
        statusMessage.set("Cancelled.");
        statusIsError.set(false);
    }

    public void openRecent(RecentId recent) {
        if (busy.get()) return;
        webhookId.set(recent.id());
        fetch();
    }

    /** Starts the built-in simulator and adds the demo profiles; {@code then} runs once they are selectable. */
    public void exploreDemo(Runnable then) {
        if (demo != null) {
            profiles.stream().filter(ProfileChoice::demo).findFirst().ifPresent(selectedProfile::set);
            showReadyIfIdle();
            if (then != null) then.run();
            return;
        }
        if (busy.get()) return;
        long gen = begin("Starting the demo…");
        job = services.runner().run(services.demo()::start, session -> {
            if (gen != generation) {
                session.close();
                return;
            }
            end();
            demo = session;
            List<ProfileChoice> all = new ArrayList<>(profiles);
            all.addAll(session.profiles());
            setProfiles(all);
            demoWebhooks.setAll(session.webhooks());
            demoActive.set(true);
            if (!session.profiles().isEmpty()) selectedProfile.set(session.profiles().getFirst());
            screen.set(Screen.READY);
            status("Demo ready: the built-in simulator answers on this computer only; nothing is saved.", false);
            if (then != null) then.run();
        }, error -> {
            if (gen != generation) return;
            end();
            status("The demo could not start: " + messageOf(error), true);
        });
    }

    /** Selects the demo profile of the webhook's provider and fetches it. */
    public void openDemoWebhook(DemoWebhook webhook) {
        open(webhook.provider(), webhook.id(), null);
    }

    /**
     * Fetches {@code id} with a profile of {@code provider}: the demo one when the demo runs, else the
     * selected one if it fits, else the first saved one.
     */
    public void open(Provider provider, String id, Runnable then) {
        if (busy.get()) return;
        Optional<ProfileChoice> choice = profileFor(provider);
        if (choice.isEmpty()) {
            status("There is no " + provider.displayName() + " profile to open " + id + " with. Add one first.", true);
            if (then != null) then.run();
            return;
        }
        selectedProfile.set(choice.get());
        webhookId.set(id);
        if (!checkId(true)) {
            status("Nothing was sent: " + idProblem.get(), true);
            if (then != null) then.run();
            return;
        }
        run(new Target(choice.get(), id.strip()), then);
    }

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

    public void rememberWindow(WindowGeometry geometry) {
        settings = settings.withWindow(geometry);
    }

    /** Stops work and the demo, and writes the settings. Called once, when the app stops. */
    public void close() {
        if (job != null) job.cancel();
        generation++;
        if (demo != null) demo.close();
        demo = null;
        if (services.persistSettings()) {
            try {
                services.settings().save(settings);
            } catch (java.io.IOException e) {
                // The window is gone; a settings file that could not be written only costs the remembered layout.
            }
        }
    }

    // ---- profile layer changes, told by the profile screens

    @Override public void profilesChanged(String select) {
        loadProfiles(select, null);
    }

    @Override public void profileRenamed(String oldName, String newName) {
        settings = settings.withProfileRenamed(oldName, newName);
        persist();
    }

    @Override public void profileRemoved(String name) {
        settings = settings.withProfileRenamed(name, null);
        persist();
    }

    // ---- internals

    private void loadProfiles(String select, Runnable then) {
        String wanted = select != null ? select
                : selectedProfile.get() == null ? null : selectedProfile.get().name();
        boolean wantedDemo = select == null && selectedProfile.get() != null && selectedProfile.get().demo();
        services.runner().run(() -> new Loaded(services.profiles().list(), services.profiles().warnings()), loaded -> {
            List<Profile> list = loaded.profiles();
            List<ProfileChoice> all = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (Profile p : list) {
                Optional<Provider> provider = Providers.byId(p.provider());
                if (provider.isPresent()) all.add(new ProfileChoice.Saved(p, provider.get()));
                else unknown.add(p.name());
            }
            profiles.stream().filter(ProfileChoice::demo).forEach(all::add);
            setProfiles(all);
            ProfileChoice pick = profiles.stream()
                    .filter(c -> wanted != null && c.name().equalsIgnoreCase(wanted) && c.demo() == wantedDemo)
                    .findFirst().orElse(profiles.isEmpty() ? null : profiles.getFirst());
            if (pick != selectedProfile.get()) selectedProfile.set(pick);
            if (profiles.isEmpty()) {
                screen.set(Screen.WELCOME);
            } else if (screen.get() == Screen.LOADING || screen.get() == Screen.WELCOME) {
                screen.set(Screen.READY);
            }
            if (!unknown.isEmpty()) {
                status("Skipped profile " + String.join(", ", unknown) + ": its provider is unknown to this version.", true);
            } else if (!loaded.warnings().isEmpty()) {
                status(loaded.warnings().getLast(), true);
            }
            if (then != null) then.run();
        }, error -> {
            if (profiles.isEmpty()) screen.set(Screen.WELCOME);
            status("Profiles could not be read: " + messageOf(error), true);
            if (then != null) then.run();
        });
    }

    /** Grouped by provider in registry order, then by name; demo profiles after saved ones. */
    private void setProfiles(List<ProfileChoice> all) {
        List<Provider> order = Providers.all();
        all.sort(Comparator.<ProfileChoice>comparingInt(c -> order.indexOf(c.provider()))
                .thenComparing(ProfileChoice::demo)
                .thenComparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)));
        ProfileChoice keep = selectedProfile.get();
        profiles.setAll(all);
        if (keep != null && !profiles.contains(keep)) selectedProfile.set(null);
    }

    private void profileSelected(ProfileChoice profile) {
        idHint.set(profile == null ? "" : capitalized(profile.provider().idRule()) + ".");
        recentIds.setAll(profile == null ? List.of() : recentFor(profile));
        checkId(false);
        if (job != null && busy.get()) cancel();
        inspector.clear();
        lastTarget.set(null);
        showReadyIfIdle();
        if (profile instanceof ProfileChoice.Saved saved && !saved.name().equals(settings.lastProfile())) {
            settings = settings.withLastProfile(saved.name());
            persist();
        }
    }

    private void showReadyIfIdle() {
        if (screen.get() == Screen.INSPECTOR) screen.set(Screen.READY);
    }

    /** Updates the inline feedback; {@code strict} also complains about an empty field. */
    private boolean checkId(boolean strict) {
        ProfileChoice profile = selectedProfile.get();
        String id = webhookId.get() == null ? "" : webhookId.get().strip();
        String problem = "";
        if (profile != null) {
            if (id.isEmpty()) {
                if (strict) problem = "Enter a webhook ID: " + profile.provider().idRule() + ".";
            } else {
                problem = profile.provider().checkId(id).orElse("");
            }
        }
        idProblem.set(problem);
        return problem.isEmpty() && !id.isEmpty();
    }

    private void run(Target target, Runnable then) {
        long gen = begin("Fetching " + target.id() + " from " + target.profile().provider().displayName() + "…");
        long started = System.nanoTime();
        job = services.runner().run(() -> services.fetcher().fetch(connect(target.profile()), target.id()), result -> {
            if (gen != generation) return;
            end();
            lastTarget.set(target);
            inspector.show(result);
            screen.set(Screen.INSPECTOR);
            recordStatus(result.fetchedAt(), result.duration(), result.httpStatus());
            status("Fetched " + result.snapshot().title() + (result.attempts() > 1 ? " after " + result.attempts() + " attempts." : "."), false);
            remember(target.profile(), new RecentId(target.id(), result.snapshot().name()));
            if (then != null) then.run();
        }, error -> {
            if (gen != generation) return;
            end();
            FetchException failure = asFetchException(error);
            lastTarget.set(target);
            inspector.showError(failure, () -> {
                if (!busy.get()) run(target, null);
            });
            screen.set(Screen.INSPECTOR);
            recordStatus(Instant.now(), Duration.ofNanos(System.nanoTime() - started), failure.httpStatus());
            status(failure.problem().summary(), true);
            if (then != null) then.run();
        });
    }

    private Connection connect(ProfileChoice profile) throws ProfileException {
        Duration timeout = settings.timeout();
        return switch (profile) {
            case ProfileChoice.Demo d -> {
                Connection c = d.connection();
                yield new Connection(c.provider(), c.baseUrl(), c.options(), c.key(), timeout);
            }
            case ProfileChoice.Saved s -> services.profiles().connect(s.profile(), timeout);
        };
    }

    /** How long a fetch may take: a setting of the window, kept in settings.json. */
    public ReadOnlyObjectProperty<Duration> timeoutProperty() { return timeout.getReadOnlyProperty(); }

    public void setTimeout(Duration d) {
        settings = settings.withTimeout(d);
        timeout.set(settings.timeout());
        persist();
    }

    /** The error panel's answer to a timeout: twice the time (up to five minutes) from now on. */
    public void waitLonger() {
        setTimeout(settings.timeout().multipliedBy(2));
        status("Fetches may now take up to " + Formats.seconds(settings.timeout()) + "; change it in the menu.", false);
    }

    private long begin(String message) {
        busy.set(true);
        busyMessage.set(message);
        return ++generation;
    }

    private void end() {
        busy.set(false);
        busyMessage.set("");
        job = null;
    }

    private void recordStatus(Instant at, Duration took, int httpStatus) {
        lastFetchAt.set(at);
        lastDuration.set(took);
        lastHttpStatus.set(httpStatus);
    }

    private void status(String message, boolean error) {
        statusMessage.set(message);
        statusIsError.set(error);
    }

    private Optional<ProfileChoice> profileFor(Provider provider) {
        ProfileChoice current = selectedProfile.get();
        if (demo != null) {
            Optional<ProfileChoice> d = profiles.stream().filter(c -> c.demo() && c.provider().equals(provider)).findFirst();
            if (d.isPresent()) return d;
        }
        if (current != null && current.provider().equals(provider)) return Optional.of(current);
        return profiles.stream().filter(c -> c.provider().equals(provider)).findFirst();
    }

    private List<RecentId> recentFor(ProfileChoice profile) {
        return profile.demo() ? demoRecents.getOrDefault(profile.name(), List.of()) : settings.recent(profile.name());
    }

    private void remember(ProfileChoice profile, RecentId id) {
        if (profile.demo()) {
            demoRecents.put(profile.name(), RecentId.push(demoRecents.getOrDefault(profile.name(), List.of()), id, Settings.MAX_RECENT));
        } else {
            settings = settings.withRecent(profile.name(), id);
            persist();
        }
        if (profile.equals(selectedProfile.get())) recentIds.setAll(recentFor(profile));
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
        }, ok -> { }, error -> status("Settings could not be saved: " + messageOf(error), true));
    }

    /** Every failure reaches the error panel as a problem; a profile's (locked store, wrong passphrase) keeps its own kind. */
    private static FetchException asFetchException(Exception error) {
        if (error instanceof FetchException fe) return fe;
        if (error instanceof ProfileException pe) return new FetchException(pe.problem());
        return new FetchException(ProblemKind.INTERNAL, "Something went wrong inside Webhook Inspector ("
                + error.getClass().getSimpleName() + ")", Remedy.REPORT_BUG);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String messageOf(Exception error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }
}
