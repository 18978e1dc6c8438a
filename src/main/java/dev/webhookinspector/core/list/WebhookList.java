package dev.webhookinspector.core.list;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What a list gave, always returned, never thrown: the webhooks loaded, in the provider's order, and why it stopped
 * early if it did. A page that failed, a refused next page or a cancel keep everything loaded before them
 * ({@link #isPartial}); a list that reached the cap keeps the first {@code cap} and says so ({@link #cut}).
 *
 * @param webhooks each as a get by ID gives it: the same snapshot, with the request that loaded it
 * @param pages list pages read
 * @param cut true when the account has more than {@code cap} webhooks and only the first {@code cap} were loaded
 * @param cap the most webhooks one list loads
 * @param stoppedBy why the list stopped before its end, or null when it did not
 */
public record WebhookList(List<FetchResult> webhooks, int pages, boolean cut, int cap, Problem stoppedBy) {
    public WebhookList {
        webhooks = List.copyOf(webhooks);
    }

    /** Empty when every page (up to the cap) was loaded. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(stoppedBy);
    }

    /** A problem stopped it, but some webhooks had loaded before: show them, and the problem. */
    public boolean isPartial() {
        return stoppedBy != null && !webhooks.isEmpty();
    }
}
