package dev.webhookinspector.core.notify;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shows notifications on this desktop. No method blocks its caller for long or throws: a notifier that
 * cannot reach the desktop says why once ({@link #onUnavailable}) and then drops what it is given, since a
 * missing notification must never stop a watch.
 */
public interface Notifier extends AutoCloseable {

    /** Hands it over to be shown; returns at once. */
    void show(Notification notification);

    /**
     * Called, on a thread of the notifier's own, when the user clicks a notification this notifier showed:
     * open that webhook. Replaces an earlier handler.
     */
    void onActivated(Consumer<WebhookKey> handler);

    /**
     * Called at most once, with one line for the user ("Desktop notifications are unavailable: …"), when the
     * notifier finds that it cannot show anything; at once if it already knows. Replaces an earlier handler.
     */
    void onUnavailable(Consumer<String> handler);

    /** The line {@link #onUnavailable} gives, once it is known; empty while notifications work or are untried. */
    Optional<String> unavailable();

    /** Starts connecting now, off the caller's thread, so a problem shows before the first notification is due. */
    default void prepare() {}

    /**
     * Releases the connection or tray icon; later calls to {@link #show} are dropped. Call it when the watch ends:
     * the D-Bus library's sender thread would keep a JVM alive that ends without System.exit.
     */
    @Override void close();

    /** A notifier that shows nothing and says why: where this desktop has no way to notify. */
    static Notifier unavailable(String why) {
        return new UnavailableNotifier(why);
    }
}
