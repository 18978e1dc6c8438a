package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.notify.WebhookKey;
import dev.webhookinspector.core.problem.Problem;
import java.time.Duration;
import java.util.List;

/**
 * Hears what a watch finds, on the watch's threads (one at a time per target, several targets at once): it must not
 * block, and a window hands each call to its UI thread.
 */
public interface WatchListener {
    /** Every webhook of every fetch, changed or not. */
    default void fetched(WebhookUpdate update) {}

    /** A webhook is gone from its profile's complete list (deleted, or moved to another account): forget its row and series. */
    default void removed(WatchTarget target, WebhookKey key) {}

    /**
     * A target's fetch failed (a list may have loaded some webhooks first: they came to {@link #fetched}).
     *
     * @param repeated true when the previous fetch of this target failed the same way, so a line need not be printed again
     */
    default void failed(WatchTarget target, Problem problem, boolean repeated) {}

    /** A target fetched fine again after {@code was}. */
    default void recovered(WatchTarget target, Problem was) {}

    /** A verdict change worth interrupting for, not muted; show it (a desktop notifier, the window). */
    default void notify(Notification notification) {}

    /** Nothing is sent to {@code origin} for {@code wait}: it asked for it, or cannot be reached. */
    default void backingOff(String origin, Duration wait, Problem why) {}

    /** The machine slept for about {@code gap}; every target is refreshed once now. */
    default void woke(Duration gap) {}

    /** Tells each listener in turn: the printer and the metrics of one watch. */
    static WatchListener all(WatchListener... listeners) {
        List<WatchListener> each = List.of(listeners);
        return new WatchListener() {
            @Override public void fetched(WebhookUpdate u) { each.forEach(l -> l.fetched(u)); }
            @Override public void failed(WatchTarget t, Problem p, boolean repeated) { each.forEach(l -> l.failed(t, p, repeated)); }
            @Override public void removed(WatchTarget t, WebhookKey key) { each.forEach(l -> l.removed(t, key)); }
            @Override public void recovered(WatchTarget t, Problem was) { each.forEach(l -> l.recovered(t, was)); }
            @Override public void notify(Notification n) { each.forEach(l -> l.notify(n)); }
            @Override public void backingOff(String origin, Duration wait, Problem why) { each.forEach(l -> l.backingOff(origin, wait, why)); }
            @Override public void woke(Duration gap) { each.forEach(l -> l.woke(gap)); }
        };
    }
}
