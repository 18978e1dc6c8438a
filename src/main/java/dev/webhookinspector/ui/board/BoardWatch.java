package dev.webhookinspector.ui.board;

import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.notify.Mutes;
import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.notify.Notifier;
import dev.webhookinspector.core.notify.VerdictWatch;
import dev.webhookinspector.core.notify.WebhookKey;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.watch.TargetFetch;
import dev.webhookinspector.core.watch.WatchEngine;
import dev.webhookinspector.core.watch.WatchListener;
import dev.webhookinspector.core.watch.WatchSettings;
import dev.webhookinspector.core.watch.WatchTarget;
import dev.webhookinspector.core.watch.WebhookUpdate;
import dev.webhookinspector.ui.TaskRunner;
import dev.webhookinspector.ui.list.ProfileLoad;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Watching the board: the core watch engine refreshes every profile every interval (with jitter, backing off when a
 * provider asks, pausing across sleep, never two fetches of one webhook at once); each fresh webhook replaces its
 * row, a verdict change notifies on the desktop and in the window, and a click on a notification opens the webhook.
 * The engine calls back on its own threads; everything here is handed to the JavaFX thread through the runner.
 */
public final class BoardWatch {
    /** The intervals offered; the engine refuses less than its minimum. */
    public static final List<Duration> INTERVALS = List.of(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(15));

    private final BoardViewModel board;
    private final ProfileLoad.Connector connector;
    private final WebhookFetcher fetcher;
    private final TaskRunner runner;
    private final Supplier<Notifier> notifiers;
    private final Mutes mutes = new Mutes();
    private final ObjectProperty<Duration> interval = new SimpleObjectProperty<>(WatchSettings.DEFAULT_INTERVAL);
    private final ReadOnlyBooleanWrapper watching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastChange = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final java.time.Clock clock;
    private final dev.webhookinspector.core.watch.Scheduler scheduler;
    private Notifier notifier;
    private WatchEngine engine;
    private volatile dev.webhookinspector.ui.list.SnapshotRecorder recorder = dev.webhookinspector.ui.list.SnapshotRecorder.NONE;
    /** The saved profiles being watched: only theirs are recorded, never a demo's. */
    private volatile java.util.Set<String> saved = java.util.Set.of();

    /** Where each refreshed snapshot is recorded (the window's history); called on the watch's threads. */
    public void setRecorder(dev.webhookinspector.ui.list.SnapshotRecorder recorder) { this.recorder = recorder; }

    /** @param notifiers made on the first watch: the desktop's notification service is only asked for then */
    public BoardWatch(BoardViewModel board, ProfileLoad.Connector connector, WebhookFetcher fetcher, TaskRunner runner,
                      Supplier<Notifier> notifiers) {
        this(board, connector, fetcher, runner, notifiers, java.time.Clock.systemUTC(), dev.webhookinspector.core.watch.Scheduler.background());
    }

    /** With the clock and scheduler a test drives. */
    BoardWatch(BoardViewModel board, ProfileLoad.Connector connector, WebhookFetcher fetcher, TaskRunner runner,
               Supplier<Notifier> notifiers, java.time.Clock clock, dev.webhookinspector.core.watch.Scheduler scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.board = board;
        this.connector = connector;
        this.fetcher = fetcher;
        this.runner = runner;
        this.notifiers = notifiers;
    }

    public void start() {
        stop();
        if (notifier == null) {
            notifier = notifiers.get();
            notifier.onActivated(key -> runner.later(() -> board.open(key)));
            notifier.onUnavailable(why -> runner.later(() -> note.set(why + " Changes show here only.")));
        }
        List<WatchTarget> targets = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ProfileChoice p : board.profiles()) {
            try {
                targets.add(new WatchTarget.Account(p.name(), connector.connect(p)));
            } catch (ProfileException e) {
                skipped.add(p.name() + " (" + e.problem().summary() + ")");
            }
        }
        note.set(skipped.isEmpty() ? "" : "Not watched: " + String.join("; ", skipped) + ".");
        saved = board.profiles().stream().filter(p -> p instanceof ProfileChoice.Saved).map(ProfileChoice::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        engine = new WatchEngine(targets, WatchSettings.every(interval.get()), new TargetFetch(new WebhookLister(), fetcher),
                new VerdictWatch(mutes), new Listener(), clock, scheduler, java.util.random.RandomGenerator.getDefault());
        engine.start();
        watching.set(true);
    }

    public void stop() {
        if (engine != null) engine.close();
        engine = null;
        watching.set(false);
    }

    /** Closes the watch and the notifier with the window. */
    public void close() {
        stop();
        if (notifier != null) notifier.close();
    }

    /** Mutes or unmutes one webhook's notifications; its row keeps updating. Returns whether it is muted now. */
    public boolean toggleMute(BoardRow row) {
        if (row.result() == null) return false;
        WebhookKey key = WebhookKey.of(row.profile().name(), row.result().snapshot());
        if (mutes.isMuted(key)) {
            mutes.unmute(key);
            return false;
        }
        mutes.mute(key);
        return true;
    }

    public boolean isMuted(BoardRow row) {
        return row.result() != null && mutes.isMuted(WebhookKey.of(row.profile().name(), row.result().snapshot()));
    }

    public ObjectProperty<Duration> intervalProperty() { return interval; }
    public ReadOnlyBooleanProperty watchingProperty() { return watching.getReadOnlyProperty(); }
    /** The last verdict change, as its notification says it. */
    public ReadOnlyStringProperty lastChangeProperty() { return lastChange.getReadOnlyProperty(); }
    /** Back-off, sleep, profiles that could not be watched, notifications unavailable. */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }

    private final class Listener implements WatchListener {
        @Override public void fetched(WebhookUpdate u) {
            // On the engine's thread, where blocking is fine; the row is updated on the FX thread either way.
            List<String> warnings = saved.contains(u.target().profile()) ? recorder.record(u.target().profile(), u.result()) : List.of();
            runner.later(() -> {
                profile(u.target()).ifPresent(p -> board.update(p, u.result()));
                if (!warnings.isEmpty()) note.set(warnings.getFirst());
            });
        }

        @Override public void removed(WatchTarget target, WebhookKey key) {
            runner.later(() -> profile(target).ifPresent(p -> board.remove(p, key.webhookId())));
        }

        @Override public void failed(WatchTarget target, Problem problem, boolean repeated) {
            if (!repeated) runner.later(() -> profile(target).ifPresent(p -> board.problem(p, problem)));
        }

        @Override public void notify(Notification n) {
            notifier.show(n);
            runner.later(() -> lastChange.set(n.title() + ": " + n.body().lines().findFirst().orElse("")));
        }

        @Override public void backingOff(String origin, Duration wait, Problem why) {
            runner.later(() -> note.set("Waiting " + Formats.length(wait) + " before asking " + origin.split(" ")[0]
                    + " again: " + why.summary()));
        }

        @Override public void woke(Duration gap) {
            runner.later(() -> note.set("This computer slept for " + Formats.length(gap) + "; refreshed once on waking."));
        }

        private Optional<ProfileChoice> profile(WatchTarget target) {
            return board.profileNamed(target.profile());
        }
    }
}
