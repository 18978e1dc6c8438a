package dev.webhookinspector.ui.board;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.ui.TaskRunner;
import dev.webhookinspector.ui.list.ProfileLoad;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The board: every webhook of every profile, loaded concurrently but at most {@link #PER_PROVIDER} profiles of one
 * provider at a time (a provider's rate limit is per account, but many profiles often share one account or one
 * network path). Each profile loads on its own: one that fails (wrong key, unreachable) puts its problem on its own
 * row and the others go on. Loading the board is one command: {@link #refresh}, {@link #cancel}, running.
 */
public final class BoardViewModel {
    /** Profiles of one provider listed at once. */
    public static final int PER_PROVIDER = 2;

    /** Opens a loaded webhook in the inspector, switching profile as needed. */
    @FunctionalInterface
    public interface Opener {
        void open(ProfileChoice profile, FetchResult result);
    }

    private final TaskRunner runner;
    private final ProfileLoad.Connector connector;
    private final WebhookLister lister;
    private final Opener opener;
    private final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    private final ObservableList<ProfileLoad> loads = FXCollections.observableArrayList();
    private final ObservableList<ProfileLoad> loadsView = FXCollections.unmodifiableObservableList(loads);
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final FilteredList<BoardRow> shown = new FilteredList<>(rows);
    private final ObservableList<BoardRow> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObjectProperty<Verdict> verdictFilter = new SimpleObjectProperty<>(this, "verdictFilter");
    private final ObjectProperty<Provider> providerFilter = new SimpleObjectProperty<>(this, "providerFilter");
    private final ObjectProperty<ProfileChoice> profileFilter = new SimpleObjectProperty<>(this, "profileFilter");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Deque<ProfileLoad> waiting = new ArrayDeque<>();
    private final Map<Provider, Integer> active = new HashMap<>();
    private final List<Runnable> whenDone = new ArrayList<>();
    /** Loads of profiles that already have rows: those are swapped when the load ends, so a refresh never empties the board. */
    private final java.util.Set<ProfileLoad> replacing = new java.util.HashSet<>();
    private boolean stale = true;

    private dev.webhookinspector.ui.list.SnapshotRecorder recorder = dev.webhookinspector.ui.list.SnapshotRecorder.NONE;

    /** Where the board's listed snapshots are recorded (the window's history). */
    public void setRecorder(dev.webhookinspector.ui.list.SnapshotRecorder recorder) { this.recorder = recorder; }

    public BoardViewModel(TaskRunner runner, ProfileLoad.Connector connector, WebhookLister lister, Opener opener) {
        this.runner = runner;
        this.connector = connector;
        this.lister = lister;
        this.opener = opener;
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, verdictFilter, providerFilter, profileFilter, text));
        rows.addListener((ListChangeListener<BoardRow>) c -> summarize());
        shown.addListener((ListChangeListener<BoardRow>) c -> summarize());
    }

    /** The profiles on the board; the window keeps it to the switcher's (the demo ones in demo mode). */
    public ObservableList<ProfileChoice> profiles() { return FXCollections.unmodifiableObservableList(profiles); }

    /** One load per profile, in the order they were listed: each with its own progress and problem. */
    public ObservableList<ProfileLoad> loads() { return loadsView; }

    /** Every row, unfiltered and unsorted. */
    public ObservableList<BoardRow> allRows() { return FXCollections.unmodifiableObservableList(rows); }

    /** The rows the filters let through, unsorted: the view sorts them ({@link BoardRow#FAILING_FIRST} unless a column is chosen). */
    public ObservableList<BoardRow> rows() { return shownView; }

    /** Only this verdict; null for all. Problem rows show only when no verdict is chosen. */
    public ObjectProperty<Verdict> verdictFilterProperty() { return verdictFilter; }

    /** Only this provider; null for all. */
    public ObjectProperty<Provider> providerFilterProperty() { return providerFilter; }

    /** Only this profile; null for all. */
    public ObjectProperty<ProfileChoice> profileFilterProperty() { return profileFilter; }

    /** Text to find in the name, ID, URL, profile or reason, any case. */
    public StringProperty textProperty() { return text; }

    /** True while any profile loads or waits its turn. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** "262 webhooks in 4 profiles, 27 need attention; 1 profile could not be listed" */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** Sets the profiles to show; the board loads again when next shown ({@link #refreshIfStale}). */
    public void setProfiles(List<? extends ProfileChoice> now) {
        if (profiles.equals(now)) return;
        profiles.setAll(now);
        if (profileFilter.get() != null && !profiles.contains(profileFilter.get())) profileFilter.set(null);
        stale = true;
    }

    /** Loads the board unless it has been loaded with these profiles; {@code done} runs once it is loaded either way. */
    public void refreshIfStale(Runnable done) {
        if (stale) refresh(done);
        else if (running.get()) onDone(done);
        else if (done != null) done.run();
    }

    /**
     * Lists every profile again from the start; {@code done} runs once every profile ended (loaded, failed, cancelled).
     * A profile's first list fills its rows page by page; a later one keeps the rows it had until it has ended, then
     * swaps them (a failed or cancelled one keeps them, beside its problem), so refreshing on a timer never blanks the board.
     */
    public void refresh(Runnable done) {
        cancelLoads();
        stale = false;
        rows.removeIf(r -> !profiles.contains(r.profile()));
        replacing.clear();
        List<ProfileLoad> fresh = new ArrayList<>();
        for (ProfileChoice p : profiles) {
            ProfileLoad load = new ProfileLoad(p, runner, connector, lister);
            load.recordWith(recorder);
            fresh.add(track(load));
        }
        loads.setAll(fresh);
        waiting.addAll(fresh);
        active.clear();
        onDone(done);
        running.set(!fresh.isEmpty());
        pump();
        if (fresh.isEmpty()) finished();
    }

    /** Stops every load; what loaded stays on the board. False when nothing ran. */
    public boolean cancel() {
        if (!running.get()) return false;
        cancelLoads();
        finished();
        return true;
    }

    /** The profile of this name on the board, for updates that name it (a watch). */
    public java.util.Optional<ProfileChoice> profileNamed(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A watch's fresh look at one webhook: its row replaced in place, or added; the profile's problem row goes. */
    public void update(ProfileChoice profile, FetchResult result) {
        String id = result.snapshot().id();
        List<BoardRow> next = new ArrayList<>(rows.size() + 1);
        boolean replaced = false;
        for (BoardRow r : rows) {
            if (r.profile() == profile && r.problem() != null) continue;
            if (r.profile() == profile && r.result() != null && r.result().snapshot().id().equals(id)) {
                next.add(BoardRow.of(profile, result));
                replaced = true;
            } else {
                next.add(r);
            }
        }
        if (!replaced) next.add(BoardRow.of(profile, result));
        rows.setAll(next);
    }

    /** A watch could not list the profile: its problem shows on its row; what was listed before stays. */
    public void problem(ProfileChoice profile, dev.webhookinspector.core.problem.Problem problem) {
        rows.removeIf(r -> r.profile() == profile && r.problem() != null);
        rows.add(BoardRow.of(profile, problem));
    }

    /** A webhook the provider no longer lists. */
    public void remove(ProfileChoice profile, String webhookId) {
        rows.removeIf(r -> r.profile() == profile && r.result() != null && r.result().snapshot().id().equals(webhookId));
    }

    /** Opens the row of a notification the user clicked, when the board still has it. */
    public void open(dev.webhookinspector.core.notify.WebhookKey key) {
        rows.stream().filter(r -> r.result() != null && r.profile().name().equals(key.profile())
                        && r.result().snapshot().id().equals(key.webhookId()))
                .findFirst().ifPresent(this::open);
    }

    /** Opens the row's webhook in the inspector; a problem row has nothing to open. */
    public void open(BoardRow row) {
        if (row != null && row.result() != null) opener.open(row.profile(), row.result());
    }

    private void onDone(Runnable done) {
        if (done != null) whenDone.add(done);
    }

    private void cancelLoads() {
        waiting.clear();
        for (ProfileLoad l : loads) l.cancel();
        active.clear();
    }

    /** Starts waiting loads while their provider has room. */
    private void pump() {
        for (var it = waiting.iterator(); it.hasNext(); ) {
            ProfileLoad load = it.next();
            Provider provider = load.profile().provider();
            int now = active.getOrDefault(provider, 0);
            if (now >= PER_PROVIDER) continue;
            it.remove();
            active.put(provider, now + 1);
            load.start(() -> ended(load));
        }
    }

    private void ended(ProfileLoad load) {
        if (!loads.contains(load)) return;
        ProfileLoad.State state = load.stateProperty().get();
        if (replacing.remove(load) && (state == ProfileLoad.State.LOADED || state == ProfileLoad.State.PARTIAL)) {
            replaceRows(load.profile(), load.webhooks());
        }
        active.computeIfPresent(load.profile().provider(), (p, n) -> n > 1 ? n - 1 : null);
        pump();
        if (waiting.isEmpty() && active.isEmpty() && loads.stream().noneMatch(ProfileLoad::running)) finished();
    }

    private void finished() {
        running.set(false);
        List<Runnable> done = List.copyOf(whenDone);
        whenDone.clear();
        done.forEach(Runnable::run);
    }

    /** Keeps the rows in step with one load: its webhooks as they arrive, and its problem row. */
    private ProfileLoad track(ProfileLoad load) {
        ProfileChoice profile = load.profile();
        if (rows.stream().anyMatch(r -> r.profile() == profile && r.result() != null)) replacing.add(load);
        load.webhooks().addListener((ListChangeListener<FetchResult>) c -> {
            if (!loads.contains(load) || replacing.contains(load)) return;
            while (c.next()) {
                if (c.wasRemoved()) {
                    replaceRows(profile, c.getList());
                    return;
                }
                if (c.wasAdded()) rows.addAll(toRows(profile, c.getAddedSubList()));
            }
        });
        load.problemProperty().addListener((o, was, problem) -> {
            if (!loads.contains(load)) return;
            rows.removeIf(r -> r.profile() == profile && r.problem() != null);
            if (problem != null) rows.add(BoardRow.of(profile, problem));
        });
        return load;
    }

    /**
     * Swaps a profile's webhook rows in one change: removing hundreds of scattered rows one by one costs the filtered
     * and sorted lists above (and the table) far more than one new list.
     */
    private void replaceRows(ProfileChoice profile, List<? extends FetchResult> results) {
        List<BoardRow> next = new ArrayList<>(rows.size() + results.size());
        for (BoardRow r : rows) if (r.profile() != profile || r.result() == null) next.add(r);
        next.addAll(toRows(profile, results));
        rows.setAll(next);
    }

    private static List<BoardRow> toRows(ProfileChoice profile, List<? extends FetchResult> results) {
        List<BoardRow> out = new ArrayList<>(results.size());
        for (FetchResult r : results) out.add(BoardRow.of(profile, r));
        return out;
    }

    private Predicate<BoardRow> predicate() {
        Verdict verdict = verdictFilter.get();
        Provider provider = providerFilter.get();
        ProfileChoice profile = profileFilter.get();
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        return r -> (verdict == null || r.verdict().orElse(null) == verdict)
                && (provider == null || r.profile().provider().equals(provider))
                && (profile == null || r.profile().equals(profile))
                && r.matches(needle);
    }

    private void summarize() {
        long webhooks = rows.stream().filter(r -> r.result() != null).count();
        long attention = rows.stream().filter(r -> r.verdict().map(Verdict::isUnhealthy).orElse(false)).count();
        long problems = rows.stream().filter(r -> r.problem() != null).count();
        StringBuilder s = new StringBuilder(Formats.count(webhooks, "webhook"));
        s.append(" in ").append(Formats.count(profiles.size(), "profile"));
        s.append(", ").append(Formats.count(attention)).append(attention == 1 ? " needs" : " need").append(" attention");
        if (problems > 0) s.append("; ").append(Formats.count(problems, "profile")).append(problems == 1 ? " was" : " were").append(" not fully listed");
        if (shown.size() != rows.size()) s.append(" (").append(Formats.count(shown.size())).append(" shown)");
        summary.set(s.toString());
    }
}
