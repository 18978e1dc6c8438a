package dev.webhookinspector.core.notify;

import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * One notification as a user sees it, worded once for the command line and the window. Title and body
 * are plain text free of secrets and of control characters; a notifier escapes them for its medium.
 *
 * @param verdict the webhook's verdict now, for an icon or a colour
 * @param newKinds the failure kinds that caused {@link Change#NEW_FAILURE_KIND}, biggest group first; else empty
 */
public record Notification(WebhookKey webhook, Change change, Verdict verdict, String title, String body, List<FailureKind> newKinds) {
    public Notification {
        Objects.requireNonNull(webhook);
        Objects.requireNonNull(change);
        Objects.requireNonNull(verdict);
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        newKinds = List.copyOf(newKinds);
    }
}
