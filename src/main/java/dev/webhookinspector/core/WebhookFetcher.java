package dev.webhookinspector.core;

import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.provider.Connection;

/** Fetches one webhook by ID and maps it to a snapshot. Blocking: never call it on the JavaFX thread. */
public interface WebhookFetcher {
    /**
     * @throws FetchException with a user-facing message; {@code INVALID_INPUT} means nothing was sent.
     *         An interrupted thread gives {@code CANCELLED}.
     */
    FetchResult fetch(Connection connection, String webhookId) throws FetchException;

    /** One cheap authenticated call (the provider's list endpoint): returns the HTTP status on success. */
    FetchResult.Probe test(Connection connection) throws FetchException;
}
