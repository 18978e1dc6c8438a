package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.notify.WebhookKey;
import java.util.Optional;

/**
 * One webhook fetched by a watch.
 *
 * @param before its verdict at the previous fetch; empty at the first
 * @param appeared true when its profile's previous list did not hold it: a webhook added while watching, worth a line;
 *        false at the watch's first look, which finds everything
 */
public record WebhookUpdate(WatchTarget target, WebhookKey key, FetchResult result, Optional<Verdict> before, boolean appeared) {
    public Verdict verdict() {
        return result.snapshot().verdict();
    }

    /** True when the verdict differs from the previous fetch's; false at the first fetch. */
    public boolean verdictChanged() {
        return before.isPresent() && before.get() != verdict();
    }
}
