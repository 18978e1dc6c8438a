package dev.webhookinspector.ui;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.provider.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real fetcher, noting how each fetch ended (its result or its exception). A test waits on that
 * instead of a clock to know a cancelled request is over, then checks its late result never shows.
 */
public final class ObservedFetcher implements WebhookFetcher {
    private final WebhookFetcher real = new HttpWebhookFetcher();
    private final List<Object> ended = new CopyOnWriteArrayList<>();

    @Override public FetchResult fetch(Connection connection, String webhookId) throws FetchException {
        try {
            FetchResult result = real.fetch(connection, webhookId);
            ended.add(result);
            return result;
        } catch (FetchException | RuntimeException e) {
            ended.add(e);
            throw e;
        }
    }

    @Override public FetchResult.Probe test(Connection connection) throws FetchException {
        return real.test(connection);
    }

    /** Every fetch that has ended so far, oldest first: a {@link FetchResult} or the exception it threw. */
    public List<Object> ended() {
        return List.copyOf(ended);
    }
}
