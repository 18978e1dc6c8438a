package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.history.Change;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.history.WebhookKey;
import java.util.List;
import java.util.Optional;

/**
 * What recording a fetch said, for the panels: the webhook's history key (empty for a demo webhook, which is not
 * recorded), what changed since the fetch before, and store warnings to show without blocking.
 */
public record Recorded(Optional<WebhookKey> key, List<Change> changes, List<String> warnings) {
    public static final Recorded NONE = new Recorded(Optional.empty(), List.of(), List.of());

    public Recorded {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public static Recorded of(HistoryRecorder.Outcome o) {
        return new Recorded(Optional.of(o.current().key()), o.changes(), o.warnings());
    }
}
