package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.problem.Problem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/** Records what a watch told its listener, each with the test clock's seconds, and passes notifications on. */
final class Events implements WatchListener {
    record Failed(long at, WatchTarget target, Problem problem, boolean repeated) {}

    final List<WebhookUpdate> fetched = new CopyOnWriteArrayList<>();
    final List<Failed> failed = new CopyOnWriteArrayList<>();
    final List<Problem> recovered = new CopyOnWriteArrayList<>();
    final List<Notification> notified = new CopyOnWriteArrayList<>();
    final List<Duration> woke = new CopyOnWriteArrayList<>();
    final List<Duration> backOffs = new CopyOnWriteArrayList<>();
    private final LongSupplier now;
    private final dev.webhookinspector.core.notify.Notifier notifier;

    Events(LongSupplier now, dev.webhookinspector.core.notify.Notifier notifier) {
        this.now = now;
        this.notifier = notifier;
    }

    @Override public void fetched(WebhookUpdate update) { fetched.add(update); }

    @Override public void failed(WatchTarget target, Problem problem, boolean repeated) {
        failed.add(new Failed(now.getAsLong(), target, problem, repeated));
    }

    @Override public void recovered(WatchTarget target, Problem was) { recovered.add(was); }

    @Override public void notify(Notification n) {
        notified.add(n);
        notifier.show(n);
    }

    @Override public void backingOff(String origin, Duration wait, Problem why) { backOffs.add(wait); }

    @Override public void woke(Duration gap) { woke.add(gap); }
}
