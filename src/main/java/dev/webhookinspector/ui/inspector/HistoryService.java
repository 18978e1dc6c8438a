package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.history.Change;
import dev.webhookinspector.core.history.HistoryException;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.history.RecordedSnapshot;
import dev.webhookinspector.core.history.SnapshotChanges;
import dev.webhookinspector.core.history.WebhookHistory;
import dev.webhookinspector.core.history.WebhookKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The window's one history recorder: made on first use (opening SQLite is not free, and a window that only shows
 * the demo never needs it), closed with the window. Every method blocks: call it from a worker, never the FX thread.
 */
public final class HistoryService implements AutoCloseable {
    private final Supplier<HistoryRecorder> factory;
    private HistoryRecorder recorder;
    private boolean closed;

    public HistoryService(Supplier<HistoryRecorder> factory) {
        this.factory = factory;
    }

    /**
     * Every use holds this service's lock, so work still running when the window closes can neither reopen the
     * database after {@link #close()} nor write into it while it closes.
     */
    private HistoryRecorder recorder() throws HistoryException {
        if (closed) throw new HistoryException("The window is closing.", null);
        if (recorder == null) recorder = factory.get();
        return recorder;
    }

    /** Records a saved profile's fetch; never throws, a store problem is one of the outcome's warnings. */
    public synchronized HistoryRecorder.Outcome record(String profile, FetchResult result) {
        if (closed) {
            return new HistoryRecorder.Outcome(Optional.empty(), RecordedSnapshot.of(profile, result.snapshot(), result.fetchedAt()), List.of());
        }
        if (recorder == null) recorder = factory.get();
        return recorder.record(profile, result);
    }

    /** Everything recorded for the webhook, oldest fetch first. */
    public synchronized WebhookHistory load(WebhookKey key) throws HistoryException {
        return WebhookHistory.load(recorder().store(), key, Instant.EPOCH);
    }

    /** What changed between the fetches recorded at {@code from} and at {@code to}. */
    public synchronized List<Change> diff(WebhookKey key, Instant from, Instant to) throws HistoryException {
        Optional<RecordedSnapshot> a = recorder().store().at(key, from);
        Optional<RecordedSnapshot> b = recorder().store().at(key, to);
        return a.isPresent() && b.isPresent() ? SnapshotChanges.between(a.get(), b.get()) : List.of();
    }

    public synchronized void clear(WebhookKey key) throws HistoryException {
        recorder().store().clear(Optional.of(key.profile()), Optional.of(key));
    }

    @Override public synchronized void close() {
        closed = true;
        if (recorder != null) recorder.close();
        recorder = null;
    }
}
