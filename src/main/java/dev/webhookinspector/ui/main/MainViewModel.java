package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.text.SafeText;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.board.BoardViewModel;
import dev.webhookinspector.ui.board.BoardWatch;
import dev.webhookinspector.notify.Notifiers;
import dev.webhookinspector.ui.demo.DemoSession;
import dev.webhookinspector.ui.list.ProfileConnections;
import dev.webhookinspector.ui.list.ProfileLoad;
import dev.webhookinspector.ui.sidebar.SidebarViewModel;
import dev.webhookinspector.ui.demo.DemoWebhook;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import dev.webhookinspector.ui.profiles.ProfilesListener;
import dev.webhookinspector.ui.settings.RecentId;
import dev.webhookinspector.ui.settings.Settings;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's coordinator: which screen shows, the webhook ID field and its check, and the
 * commands that span the parts it holds (profile switcher, fetch, demo, recent IDs, settings, status bar).
 * Blocking work goes through the task runner; results land in the {@link ResultSink}.
 */
public final class MainViewModel implements ProfilesListener {
    /** What the centre of the window shows. */
    public enum Screen { LOADING, WELCOME, READY, INSPECTOR }

    private final StatusLine status = new StatusLine();
    private final SettingsModel settings;
    private final RecentIds recents;
    private final ProfileSwitcher switcher;
    private final DemoMode demo;
    private final FetchCommand fetch;
    private final SidebarViewModel sidebar;
    private boolean sidebarHeld;
    private final BoardViewModel board;
    private final BoardWatch boardWatch;
    private final ReadOnlyBooleanWrapper boardShown = new ReadOnlyBooleanWrapper(this, "boardShown");

    private final StringProperty webhookId = new SimpleStringProperty(this, "webhookId", "");
    private final ReadOnlyStringWrapper idProblem = new ReadOnlyStringWrapper(this, "idProblem", "");
    private final ReadOnlyStringWrapper idHint = new ReadOnlyStringWrapper(this, "idHint", "");
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.LOADING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper(this, "busyMessage", "");
    private final ReadOnlyBooleanWrapper canFetch = new ReadOnlyBooleanWrapper(this, "canFetch");
    private final ReadOnlyBooleanWrapper canRefresh = new ReadOnlyBooleanWrapper(this, "canRefresh");

    public MainViewModel(AppServices services, ResultSink inspector, Settings settings) {
        this.settings = new SettingsModel(services, settings, status);
        recents = new RecentIds(this.settings);
        switcher = new ProfileSwitcher(services, status);
        demo = new DemoMode(services);
        fetch = new FetchCommand(services, inspector, demo.startingProperty(), () -> this.settings.timeoutProperty().get());
        busy.bind(fetch.runningProperty().or(demo.startingProperty()));
        busyMessage.bind(Bindings.when(fetch.runningProperty()).then(fetch.messageProperty()).otherwise(demo.messageProperty()));
        canFetch.bind(switcher.selectedProperty().isNotNull().and(fetch.canRunProperty()).and(webhookId.isNotEmpty()));
        canRefresh.bind(fetch.lastTargetProperty().isNotNull().and(fetch.canRunProperty()));
        ProfileLoad.Connector connector = p -> ProfileConnections.connect(services, p, this.settings.timeoutProperty().get());
        WebhookLister lister = new WebhookLister();
        sidebar = new SidebarViewModel(services.runner(), connector, lister, this::showLoaded);
        board = new BoardViewModel(services.runner(), connector, lister, this::showLoaded);
        boardWatch = new BoardWatch(board, connector, services.fetcher(), services.runner(), Notifiers::forThisDesktop);
        switcher.profiles().addListener((javafx.beans.Observable o) -> boardProfiles());
        demo.activeProperty().addListener((obs, o, n) -> boardProfiles());
        switcher.selectedProperty().addListener((obs, old, now) -> profileSelected(now));
        webhookId.addListener((obs, old, now) -> checkId(false));
        fetch.outcomeProperty().addListener((obs, old, now) -> {
            if (now != null) fetched(now);
        });
    }

    // ---- the parts, for the views to bind to

    public ProfileSwitcher profileSwitcher() { return switcher; }

    public FetchCommand fetchCommand() { return fetch; }

    public DemoMode demo() { return demo; }

    public RecentIds recentIds() { return recents; }

    public SettingsModel settings() { return settings; }

    public StatusLine status() { return status; }

    public SidebarViewModel sidebar() { return sidebar; }

    public BoardViewModel board() { return board; }

    /** Watching the board: refreshes on a timer and notifies on verdict changes. */
    public BoardWatch boardWatch() { return boardWatch; }

    /** True while the board covers the centre of the window. */
    public ReadOnlyBooleanProperty boardShownProperty() { return boardShown.getReadOnlyProperty(); }

    // ---- own state, read-only outside except the ID field

    public StringProperty webhookIdProperty() { return webhookId; }

    /** Why the ID in the field cannot be fetched; empty when it can, or when the field is empty. */
    public ReadOnlyStringProperty idProblemProperty() { return idProblem.getReadOnlyProperty(); }

    /** The selected provider's ID rule, shown under an empty field. */
    public ReadOnlyStringProperty idHintProperty() { return idHint.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Screen> screenProperty() { return screen.getReadOnlyProperty(); }

    /** True while a fetch runs or the demo starts: the progress veil shows and Esc cancels. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyStringProperty busyMessageProperty() { return busyMessage.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canFetchProperty() { return canFetch.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRefreshProperty() { return canRefresh.getReadOnlyProperty(); }

    // ---- commands

    /** Lists the saved profiles and picks the last one used; {@code then} runs once the window has content. */
    public void start(Runnable then) {
        loadProfiles(settings.lastProfile().orElse(null), null, then);
    }

    /** As {@link #start(Runnable)}, with the profiles already read off the JavaFX thread, so the first frame shows them. */
    public void start(ProfileListing first, Runnable then) {
        loadProfiles(settings.lastProfile().orElse(null), first, then);
    }

    /** Fetches the ID in the field with the selected profile, unless the ID breaks the provider's rule. */
    public void fetch() {
        fetch(null);
    }

    public void fetch(Runnable then) {
        ProfileChoice profile = switcher.selectedProperty().get();
        if (profile == null || busy.get()) return;
        if (!checkId(true)) {
            status.say("Nothing was sent: " + idProblem.get(), true);
            return;
        }
        fetch.run(new FetchCommand.Target(profile, webhookId.get().strip()), then);
    }

    /** Fetches the webhook shown last again (F5). */
    public void refresh() {
        FetchCommand.Target t = fetch.lastTargetProperty().get();
        if (t == null || busy.get()) return;
        if (switcher.contains(t.profile())) {
            switcher.selectedProperty().set(t.profile());
            webhookId.set(t.id());
        }
        fetch.run(t, null);
    }

    /** Stops the running work at once: a fetch's worker is interrupted, which aborts its HTTP request. */
    public void cancel() {
        if (fetch.cancel() | demo.cancel()) status.say("Cancelled.", false);
    }

    public void openRecent(RecentId recent) {
        if (busy.get()) return;
        webhookId.set(recent.id());
        fetch();
    }

    /** Starts the built-in simulator and adds the demo profiles; {@code then} runs once they are selectable. */
    public void exploreDemo(Runnable then) {
        if (demo.activeProperty().get()) {
            switcher.selectFirstDemo();
            showReadyIfIdle();
            if (then != null) then.run();
            return;
        }
        if (busy.get()) return;
        demo.start(session -> demoStarted(session, then),
                error -> status.say("The demo could not start: " + StatusLine.messageOf(error), true));
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
        Optional<ProfileChoice> choice = switcher.profileFor(provider, demo.activeProperty().get());
        if (choice.isEmpty()) {
            status.say("There is no " + provider.displayName() + " profile to open " + id + " with. Add one first.", true);
            if (then != null) then.run();
            return;
        }
        switcher.selectedProperty().set(choice.get());
        webhookId.set(id);
        if (!checkId(true)) {
            status.say("Nothing was sent: " + idProblem.get(), true);
            if (then != null) then.run();
            return;
        }
        fetch.run(new FetchCommand.Target(choice.get(), id.strip()), then);
    }

    /** Shows the board, loading it unless it is loaded with these profiles; {@code then} runs once it is loaded. */
    public void showBoard(Runnable then) {
        boardShown.set(true);
        board.refreshIfStale(then);
    }

    public void hideBoard() {
        boardShown.set(false);
    }

    public void toggleBoard() {
        if (boardShown.get()) hideBoard();
        else showBoard(null);
    }

    /**
     * Shows a webhook the sidebar or the board already loaded, switching to its profile when needed: the list's
     * answer is the same a get gives, so no second request is sent (F5 fetches it fresh).
     */
    public void showLoaded(ProfileChoice profile, FetchResult result) {
        if (busy.get()) cancel();
        boardShown.set(false);
        if (switcher.selectedProperty().get() != profile && switcher.contains(profile)) switcher.selectedProperty().set(profile);
        String id = result.snapshot().id();
        webhookId.set(id);
        fetch.show(new FetchCommand.Target(profile, id), result);
        status.say("Showing " + SafeText.terminal(result.snapshot().title()) + " as the list loaded it; "
                + dev.webhookinspector.ui.keys.Shortcut.REFRESH.keyText() + " fetches it again.", false);
    }

    /** Runs {@code then} once the sidebar's list has ended, so a screenshot shows it filled. */
    public void whenSidebarSettled(Runnable then) {
        if (!sidebar.loadingProperty().get()) {
            then.run();
            return;
        }
        sidebar.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) return;
                o.removeListener(this);
                then.run();
            }
        });
    }

    /** Stops work and the demo, and writes the settings. Called once, when the app stops. */
    public void close() {
        boardWatch.close();
        board.cancel();
        sidebar.cancel();
        fetch.cancel();
        demo.close();
        settings.saveNow();
    }

    // ---- profile layer changes, told by the profile screens

    @Override public void profilesChanged(String select) {
        loadProfiles(select, null, null);
    }

    @Override public void profileRenamed(String oldName, String newName) {
        settings.profileRenamed(oldName, newName);
    }

    @Override public void profileRemoved(String name) {
        settings.profileRemoved(name);
    }

    // ---- internals

    private void loadProfiles(String select, ProfileListing first, Runnable then) {
        switcher.load(select, first, () -> {
            if (switcher.profiles().isEmpty()) {
                screen.set(Screen.WELCOME);
            } else if (screen.get() == Screen.LOADING || screen.get() == Screen.WELCOME) {
                screen.set(Screen.READY);
            }
            if (then != null) then.run();
        });
    }

    private void demoStarted(DemoSession session, Runnable then) {
        switcher.addDemo(session.profiles());
        screen.set(Screen.READY);
        status.say("Demo ready: the built-in simulator answers on this computer only; nothing is saved.", false);
        if (then != null) then.run();
    }

    /** The board shows the demo profiles while the demo runs, else the saved ones. */
    private void boardProfiles() {
        boolean inDemo = demo.activeProperty().get();
        board.setProfiles(switcher.profiles().stream().filter(p -> p.demo() == inDemo).toList());
        if (boardShown.get()) board.refreshIfStale(null);
    }

    /**
     * Until {@link #releaseSidebar()}, choosing a profile does not list its webhooks yet: the window's first frame is
     * drawn without the list's requests, JSON and TLS competing with it.
     */
    public void holdSidebar() {
        sidebarHeld = true;
    }

    /** Lists the chosen profile's webhooks in the sidebar, once the window has been drawn. */
    public void releaseSidebar() {
        if (!sidebarHeld) return;
        sidebarHeld = false;
        sidebar.show(switcher.selectedProperty().get());
    }

    private void profileSelected(ProfileChoice profile) {
        if (!sidebarHeld) sidebar.show(profile);
        idHint.set(profile == null ? "" : capitalized(profile.provider().idRule()) + ".");
        recents.showFor(profile);
        checkId(false);
        if (busy.get()) cancel();
        fetch.forget();
        showReadyIfIdle();
        if (profile instanceof ProfileChoice.Saved saved) settings.profileChosen(saved.name());
    }

    private void fetched(FetchCommand.Outcome outcome) {
        screen.set(Screen.INSPECTOR);
        status.fetched(outcome);
        if (outcome instanceof FetchCommand.Fetched f) {
            recents.remember(f.target().profile(), new RecentId(f.target().id(), SafeText.terminal(f.result().snapshot().name())));
        }
    }

    private void showReadyIfIdle() {
        if (screen.get() == Screen.INSPECTOR) screen.set(Screen.READY);
    }

    /** Updates the inline feedback; {@code strict} also complains about an empty field. */
    private boolean checkId(boolean strict) {
        ProfileChoice profile = switcher.selectedProperty().get();
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

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
