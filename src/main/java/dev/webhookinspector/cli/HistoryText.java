package dev.webhookinspector.cli;

import dev.webhookinspector.core.history.Change;
import dev.webhookinspector.core.history.RecordedFailure;
import dev.webhookinspector.core.history.RecordedSnapshot;
import dev.webhookinspector.core.history.WebhookHistory;
import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code history} and {@code diff} as text: times in UTC, server text made safe for the terminal. */
final class HistoryText {
    private HistoryText() {}

    static String history(WebhookHistory h, Instant now) {
        StringBuilder sb = new StringBuilder();
        String title = h.latest().map(s -> s.name() == null || s.name().isBlank() ? s.key().webhookId() : s.name() + " (" + s.key().webhookId() + ")")
                .orElse(h.key().webhookId());
        sb.append("History of ").append(SafeText.terminal(title)).append(", profile ").append(SafeText.terminal(h.key().profile())).append(", ").append(h.key().provider())
                .append(", since ").append(Formats.withRelative(h.since(), Formats.UTC, now)).append('\n');
        sb.append('\n').append("Timeline (").append(Formats.count(h.timeline().size()) + (h.timeline().size() == 1 ? " fetch" : " fetches")).append(")\n");
        for (RecordedSnapshot s : h.timeline()) {
            sb.append(String.format(Locale.ROOT, "  %s  %-22s %s%n", Formats.absolute(s.fetchedAt(), Formats.UTC), s.verdict().label(),
                    Formats.plural(s.failureCount(), "failure")));
        }
        sb.append('\n').append("Changes\n");
        if (h.changes().isEmpty()) sb.append("  (none)\n");
        for (WebhookHistory.DatedChange c : h.changes()) {
            sb.append("  ").append(Formats.absolute(c.at(), Formats.UTC)).append("  ").append(SafeText.terminal(c.change().wording())).append('\n');
        }
        sb.append('\n').append("Failure log (").append(Formats.plural(h.failures().size(), "failure"))
                .append(", deduplicated; kept after the provider drops them)\n");
        for (FailureGroup g : h.groups()) {
            sb.append("  ").append(g.kind().label()).append(": ").append(Formats.count(g.count())).append('\n');
        }
        for (RecordedFailure f : h.failures()) {
            sb.append(String.format(Locale.ROOT, "  %-23s %-18s first seen %s, last seen %s%n      %s%n",
                    f.failure().timestamp() == null ? "(no time)" : Formats.absolute(f.failure().timestamp(), Formats.UTC), f.kind().label(),
                    Formats.absolute(f.firstSeen(), Formats.UTC), Formats.absolute(f.lastSeen(), Formats.UTC), SafeText.terminal(f.failure().message())));
        }
        return sb.toString();
    }

    static String diff(RecordedSnapshot from, RecordedSnapshot to, List<Change> changes) {
        StringBuilder sb = new StringBuilder();
        sb.append("Changes from ").append(Formats.absolute(from.fetchedAt(), Formats.UTC)).append(" to ")
                .append(Formats.absolute(to.fetchedAt(), Formats.UTC)).append('\n');
        if (changes.isEmpty()) sb.append("  (none)\n");
        for (Change c : changes) sb.append("  ").append(SafeText.terminal(c.wording())).append('\n');
        return sb.toString();
    }
}
