package dev.webhookinspector.core.history;

import dev.webhookinspector.core.model.FailureGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One webhook's history over a period, ready to show: the timeline of snapshots, what changed from each to the next,
 * and the deduplicated failure log. The CLI's {@code history}, the reports and the History tab all start from this.
 *
 * @param timeline oldest first
 * @param changes oldest first, each dated by the fetch that saw it
 * @param failures newest first
 */
public record WebhookHistory(WebhookKey key, Instant since, List<RecordedSnapshot> timeline, List<DatedChange> changes,
                             List<RecordedFailure> failures) {
    /** How many transitions get their changes worked out: each needs the failures seen then, read from the store. */
    static final int MAX_COMPARED = 200;

    public record DatedChange(Instant at, Change change) {}

    public WebhookHistory {
        timeline = List.copyOf(timeline);
        changes = List.copyOf(changes);
        failures = List.copyOf(failures);
    }

    public static WebhookHistory load(HistoryStore store, WebhookKey key, Instant since) throws HistoryException {
        List<RecordedSnapshot> timeline = store.timeline(key, since);
        List<DatedChange> changes = new ArrayList<>();
        int from = Math.max(1, timeline.size() - MAX_COMPARED);
        Optional<RecordedSnapshot> previous = from - 1 < timeline.size() && !timeline.isEmpty()
                ? store.at(key, timeline.get(from - 1).fetchedAt()) : Optional.empty();
        for (int i = from; i < timeline.size(); i++) {
            Optional<RecordedSnapshot> current = store.at(key, timeline.get(i).fetchedAt());
            if (previous.isPresent() && current.isPresent()) {
                for (Change c : SnapshotChanges.between(previous.get(), current.get())) changes.add(new DatedChange(current.get().fetchedAt(), c));
            }
            previous = current;
        }
        return new WebhookHistory(key, since, timeline, changes, store.failures(key, since));
    }

    /** The failure log grouped by kind, with counts and when the failures happened. */
    public List<FailureGroup> groups() {
        return FailureGroup.of(failures, RecordedFailure::failure, RecordedFailure::kind);
    }

    public Optional<RecordedSnapshot> latest() {
        return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.getLast());
    }
}
