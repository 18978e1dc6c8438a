package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.list.ListListener;
import dev.webhookinspector.core.list.WebhookList;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.problem.Problem;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Fetches a target the way list and get do, with the same HTTP rules and wording; never throws for a problem. */
public record TargetFetch(WebhookLister lister, WebhookFetcher fetcher) {

    /** What one fetch of a target gave: the webhooks loaded, and the problem that stopped it, if any. */
    public record Outcome(List<FetchResult> webhooks, Optional<Problem> problem) {
        public Outcome {
            webhooks = List.copyOf(webhooks);
        }
    }

    public Outcome fetch(WatchTarget target, BooleanSupplier cancelled) {
        return switch (target) {
            case WatchTarget.Account a -> {
                WebhookList list = lister.list(a.connection(), cancelled, ListListener.NONE);
                yield new Outcome(list.webhooks(), list.problem());
            }
            case WatchTarget.Webhook w -> {
                try {
                    yield new Outcome(List.of(fetcher.fetch(w.connection(), w.webhookId())), Optional.empty());
                } catch (FetchException e) {
                    yield new Outcome(List.of(), Optional.of(e.problem()));
                }
            }
        };
    }
}
