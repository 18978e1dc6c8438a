package dev.webhookinspector.core.notify;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The webhooks whose owner asked for quiet. Thread-safe, in memory: the caller loads it from and saves
 * it to its settings ({@link #all()} and the constructor), so the command line and the window keep their own.
 */
public final class Mutes {
    private final Set<WebhookKey> muted = ConcurrentHashMap.newKeySet();

    public Mutes() {}

    public Mutes(Collection<WebhookKey> muted) {
        this.muted.addAll(muted);
    }

    /** @return true when it was not muted before */
    public boolean mute(WebhookKey key) { return muted.add(key); }

    /** @return true when it was muted before */
    public boolean unmute(WebhookKey key) { return muted.remove(key); }

    public boolean isMuted(WebhookKey key) { return muted.contains(key); }

    /** A copy, to save. */
    public Set<WebhookKey> all() { return Set.copyOf(muted); }
}
