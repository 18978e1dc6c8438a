package dev.webhookinspector.cli;

import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import dev.webhookinspector.core.watch.WatchTarget;
import dev.webhookinspector.core.watch.WebhookUpdate;
import java.time.Instant;

/**
 * {@code watch}'s lines: one per verdict change and one per change in a fetch problem, each starting with the time,
 * provider and profile. Server text goes through {@link SnapshotText#flat}, so a line stays one harmless line.
 */
final class WatchText {
    private WatchText() {}

    /** "2026-12-01 10:00:00 UTC  Featurebase  fb-prod  Orders (6650…)  healthy -> failing: 4 consecutive failures" */
    static String change(Instant at, WebhookUpdate u) {
        Snapshot s = u.result().snapshot().masked();
        String from = u.before().map(Verdict::key).orElse("new");
        return head(at, u.target()) + "  " + webhook(s) + "  " + from + " -> " + s.verdict().key() + reason(s);
    }

    /** "... fb-prod  (profile list)  could not be fetched: Featurebase rejected the API key (HTTP 401)." */
    static String failed(Instant at, WatchTarget t, Problem p) {
        return head(at, t) + "  " + what(t) + "  could not be fetched: " + SafeText.terminal(p.summary());
    }

    static String recovered(Instant at, WatchTarget t) {
        return head(at, t) + "  " + what(t) + "  fetched again";
    }

    /** The --once line: the same columns as a change, with the verdict alone. */
    static String state(Instant at, WebhookUpdate u) {
        Snapshot s = u.result().snapshot().masked();
        return head(at, u.target()) + "  " + webhook(s) + "  " + s.verdict().key() + reason(s);
    }

    private static String head(Instant at, WatchTarget t) {
        Provider p = t.connection().provider();
        String profile = t.profile().isEmpty() ? "-" : SafeText.terminal(t.profile());
        return Formats.absolute(at, Formats.UTC) + "  " + p.displayName() + "  " + profile;
    }

    private static String what(WatchTarget t) {
        return switch (t) {
            case WatchTarget.Account a -> "(webhook list)";
            case WatchTarget.Webhook w -> SnapshotText.flat(w.webhookId());
        };
    }

    /** "Orders hook (6650c3e2a1b4f9d8e7c6b5a1)", or the ID alone when the webhook has no name (Ultravox). */
    private static String webhook(Snapshot s) {
        String id = SnapshotText.flat(s.id());
        return s.name() == null || s.name().isBlank() ? id : SnapshotText.flat(s.name().strip()) + " (" + id + ")";
    }

    private static String reason(Snapshot s) {
        return s.reason().isBlank() ? "" : ": " + SnapshotText.flat(s.reason().strip());
    }
}
