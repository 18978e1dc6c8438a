package dev.webhookinspector.ui.list;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.list.ListProgress;
import dev.webhookinspector.core.list.WebhookList;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.ui.TaskRunner;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Listing one profile's webhooks, as the sidebar and the board start it: running or not, how far it came, the
 * webhooks loaded so far (rows appear page by page), and the problem that stopped it. Cancelling, or starting
 * again, makes the earlier run stale: its progress and its answer are dropped, so a late page never mixes in.
 */
public final class ProfileLoad {
    /** Where a load stands. */
    public enum State {
        IDLE, LOADING,
        /** Every page read. */
        LOADED,
        /** Some webhooks read, then a problem: they are kept and the problem is shown beside them. */
        PARTIAL,
        /** Nothing read: the problem says why. */
        FAILED,
        CANCELLED;

        public boolean finished() { return this != IDLE && this != LOADING; }
    }

    /** Opens the profile's connection; blocking (a saved profile's key store), so it runs inside the load's work. */
    @FunctionalInterface
    public interface Connector {
        Connection connect(ProfileChoice profile) throws ProfileException;
    }

    private final ProfileChoice profile;
    private final TaskRunner runner;
    private final Connector connector;
    private final WebhookLister lister;
    private final ObservableList<FetchResult> webhooks = FXCollections.observableArrayList();
    private final ObservableList<FetchResult> webhooksView = FXCollections.unmodifiableObservableList(webhooks);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<Instant> loadedAt = new ReadOnlyObjectWrapper<>(this, "loadedAt");
    private TaskRunner.Job job;
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private long generation;
    private Runnable whenDone;
    private SnapshotRecorder recorder = SnapshotRecorder.NONE;

    public ProfileLoad(ProfileChoice profile, TaskRunner runner, Connector connector, WebhookLister lister) {
        this.profile = profile;
        this.runner = runner;
        this.connector = connector;
        this.lister = lister;
    }

    public ProfileChoice profile() { return profile; }

    /** Where a saved profile's listed snapshots are recorded once a load ends; demo profiles are never recorded. */
    public void recordWith(SnapshotRecorder recorder) { this.recorder = recorder; }

    /** The webhooks loaded, in the provider's order; filled page by page while loading. */
    public ObservableList<FetchResult> webhooks() { return webhooksView; }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    /** "Page 2: 150 of 250 webhooks" while loading, "12 webhooks" once loaded, the problem's summary when it failed. */
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** What stopped the last load (partial or failed); null otherwise. */
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }

    /** When the last load finished with something to show; null before. */
    public ReadOnlyObjectProperty<Instant> loadedAtProperty() { return loadedAt.getReadOnlyProperty(); }

    public boolean running() { return state.get() == State.LOADING; }

    /** Lists the profile's webhooks again from the start; {@code done} runs once it ends, a cancel included, unless it is restarted first. */
    public void start(Runnable done) {
        stop();
        long gen = ++generation;
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        whenDone = done;
        webhooks.clear();
        problem.set(null);
        state.set(State.LOADING);
        progress.set("Loading…");
        Arrivals arrivals = new Arrivals();
        TaskRunner.Job started = runner.run(() -> {
            Connection c = connector.connect(profile);
            return lister.list(c, cancelled::get, (p, added) -> {
                if (arrivals.add(p, added)) runner.later(() -> {
                    Arrivals.Batch batch = arrivals.take();
                    if (gen == generation && batch.progress() != null) loaded(batch.progress(), batch.webhooks());
                });
            });
        }, list -> {
            if (gen != generation) return;
            // Pages told but not yet handed over are part of the final list anyway.
            Arrivals.Batch rest = arrivals.take();
            if (rest.progress() != null) loaded(rest.progress(), rest.webhooks());
            finished(list);
            record(list.webhooks());
        }, error -> {
            if (gen == generation) failed(error);
        });
        if (gen == generation && running()) job = started;
    }

    /** Stops the running load; what it loaded stays. False when none ran. */
    public boolean cancel() {
        if (!running()) return false;
        stop();
        state.set(State.CANCELLED);
        progress.set("Cancelled, " + Formats.count(webhooks.size(), "webhook") + " loaded.");
        end();
        return true;
    }

    private void stop() {
        generation++;
        cancelFlag.set(true);
        if (job != null) job.cancel();
        job = null;
    }

    private void loaded(ListProgress p, List<FetchResult> added) {
        webhooks.addAll(added);
        String of = p.announcedTotal().isPresent() ? Formats.count(p.webhooks()) + " of " + Formats.count(p.total(), "webhook")
                : Formats.count(p.webhooks(), "webhook");
        progress.set("Page " + Math.max(1, p.pages()) + ": " + of + "…");
    }

    /** After the list is shown, so recording never holds it up; a store problem shows on the next fetch's header. */
    private void record(List<FetchResult> listed) {
        if (recorder == SnapshotRecorder.NONE || !(profile instanceof ProfileChoice.Saved saved) || listed.isEmpty()) return;
        SnapshotRecorder r = recorder;
        List<FetchResult> all = List.copyOf(listed);
        runner.run(() -> {
            for (FetchResult f : all) r.record(saved.name(), f);
            return all.size();
        }, n -> { }, e -> { });
    }

    private void finished(WebhookList list) {
        job = null;
        // Pages told before the end are already here; a runner that reports no progress leaves the list to fill now.
        if (webhooks.size() != list.webhooks().size()) webhooks.setAll(list.webhooks());
        String count = Formats.count(list.webhooks().size(), "webhook");
        if (list.problem().isPresent()) {
            Problem p = list.problem().get();
            if (p.kind() == ProblemKind.CANCELLED) {
                state.set(State.CANCELLED);
                progress.set("Cancelled, " + count + " loaded.");
            } else {
                problem.set(p);
                state.set(list.isPartial() ? State.PARTIAL : State.FAILED);
                progress.set(p.summary());
            }
        } else {
            state.set(State.LOADED);
            progress.set(list.cut() ? "The first " + count + " (the most one list loads)." : count);
        }
        if (!list.webhooks().isEmpty() || list.problem().isEmpty()) loadedAt.set(Instant.now());
        end();
    }

    /** What the load threw: only a profile's own problem (no key, locked store) or a bug, since a list never throws. */
    private void failed(Exception error) {
        job = null;
        Problem p = switch (error) {
            case ProfileException pe -> pe.problem();
            case FetchException fe -> fe.problem();
            default -> Problem.of(ProblemKind.INTERNAL, "Something went wrong inside Webhook Inspector ("
                    + error.getClass().getSimpleName() + ")", Remedy.REPORT_BUG);
        };
        problem.set(p);
        state.set(State.FAILED);
        progress.set(p.summary());
        end();
    }

    /**
     * Webhooks told by the listing thread and not yet on the UI thread. A v0 list tells them one by one; handing each
     * over on its own would redraw the table 250 times, so what arrives meanwhile goes over in one batch.
     */
    private static final class Arrivals {
        record Batch(ListProgress progress, List<FetchResult> webhooks) {}

        private final List<FetchResult> pending = new java.util.ArrayList<>();
        private ListProgress progress;

        /** True when the UI thread must be asked to take them: no earlier request is still waiting. */
        synchronized boolean add(ListProgress p, List<FetchResult> added) {
            boolean first = progress == null;
            pending.addAll(added);
            progress = p;
            return first;
        }

        synchronized Batch take() {
            Batch b = new Batch(progress, List.copyOf(pending));
            pending.clear();
            progress = null;
            return b;
        }
    }

    private void end() {
        Runnable done = whenDone;
        whenDone = null;
        if (done != null) done.run();
    }
}
