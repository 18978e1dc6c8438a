package dev.webhookinspector.core.notify;

import dev.webhookinspector.core.model.Snapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers what each watched webhook looked like last time and turns each new snapshot into at most one
 * notification ({@link Notifications#decide}). The first look at a webhook only remembers it. A muted webhook
 * is still followed, so unmuting it brings no news that is already old. Thread-safe.
 */
public final class VerdictWatch {
    private final Mutes mutes;
    private final Map<WebhookKey, Notifications.Seen> seen = new HashMap<>();

    public VerdictWatch(Mutes mutes) {
        this.mutes = mutes;
    }

    public Mutes mutes() { return mutes; }

    /** The notification due for this snapshot, or empty: first look, nothing new, or muted. */
    public synchronized Optional<Notification> observe(WebhookKey key, Snapshot snapshot) {
        Notifications.requireSame(key, snapshot);
        Notifications.Seen before = seen.get(key);
        Optional<Notification> due = before == null ? Optional.empty() : Notifications.decide(key, before, snapshot);
        seen.put(key, before == null ? Notifications.Seen.of(snapshot) : before.then(snapshot));
        return mutes.isMuted(key) ? Optional.empty() : due;
    }

    /** Stops following it (removed from the watch); watching it again starts with a silent first look. */
    public synchronized void forget(WebhookKey key) {
        seen.remove(key);
    }
}
