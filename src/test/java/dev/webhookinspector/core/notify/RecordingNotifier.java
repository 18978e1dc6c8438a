package dev.webhookinspector.core.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link Notifier} for tests of the watch and the board: it records what would have been shown, lets a test
 * click a notification ({@link #click}) or take notifications away ({@link #becomeUnavailable}), and shows nothing.
 */
public final class RecordingNotifier implements Notifier {
    private final List<Notification> shown = new ArrayList<>();
    private final Availability availability = new Availability();
    private volatile Consumer<WebhookKey> activated = key -> {};
    private volatile boolean closed;
    private int prepared;

    @Override
    public synchronized void show(Notification notification) {
        if (!closed && !availability.isUnavailable()) shown.add(notification);
    }

    /** Everything shown so far, oldest first. */
    public synchronized List<Notification> shown() { return List.copyOf(shown); }

    /** The titles shown so far, oldest first: what a user saw pop up. */
    public synchronized List<String> titles() { return shown.stream().map(Notification::title).toList(); }

    public synchronized void clear() { shown.clear(); }

    /** As if the user clicked a notification about this webhook. */
    public void click(WebhookKey key) { activated.accept(key); }

    /** As if the desktop turned out to have no notification service. */
    public void becomeUnavailable(String why) { availability.fail(why); }

    public synchronized int prepareCalls() { return prepared; }

    public boolean isClosed() { return closed; }

    @Override public void onActivated(Consumer<WebhookKey> handler) { activated = handler; }

    @Override public void onUnavailable(Consumer<String> handler) { availability.onUnavailable(handler); }

    @Override public Optional<String> unavailable() { return availability.reason(); }

    @Override public synchronized void prepare() { prepared++; }

    @Override public void close() { closed = true; }
}
