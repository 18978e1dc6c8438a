package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.notify.WebhookKey;
import java.util.Optional;

/**
 * One webhook fetched by a watch.
 *
 * @param before its verdict at the previous fetch; empty at the first
 */
public record WebhookUpdate(WatchTarget target, WebhookKey key, FetchResult result, Optional<Verdict> before) {
    public Verdict verdict() {
        return result.snapshot().verdict();
    }

    /** True when the verdict differs from the previous fetch's; false at the first fetch. */
    public boolean verdictChanged() {
        return before.isPresent() && before.get() != verdict();
    }
}
