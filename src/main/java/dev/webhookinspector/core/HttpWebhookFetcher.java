package dev.webhookinspector.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.RateLimits;
import dev.webhookinspector.core.http.Reply;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Fetches webhooks over {@link SafeHttp} and turns every outcome into a snapshot or a user-facing error. */
public final class HttpWebhookFetcher implements WebhookFetcher {
    /** Far above any provider's IDs (36 characters for Ultravox, 24 for Featurebase). */
    public static final int MAX_ID_LENGTH = 256;
    private final ProviderCalls calls;

    /** The HTTP client (and TLS) is built on the first request, not here: a window or {@code --help} may never fetch. */
    public HttpWebhookFetcher() {
        this(new ProviderCalls());
    }

    public HttpWebhookFetcher(SafeHttp http) {
        this(new ProviderCalls(http));
    }

    public HttpWebhookFetcher(ProviderCalls calls) {
        this.calls = Objects.requireNonNull(calls);
    }

    @Override
    public FetchResult fetch(Connection connection, String webhookId) throws FetchException {
        Provider provider = connection.provider();
        String id = webhookId == null ? "" : webhookId.strip();
        if (id.length() > MAX_ID_LENGTH) {
            // Not repeated: a paste this long is not an ID, and may hold anything.
            throw new FetchException(ProblemKind.INVALID_INPUT, String.format(java.util.Locale.ROOT, "The webhook ID is %,d characters long;"
                    + " webhook IDs are at most %d. Check that only the ID was pasted", id.length(), MAX_ID_LENGTH), Remedy.CHECK_ID);
        }
        Optional<String> idProblem = provider.checkId(id);
        if (idProblem.isPresent()) throw new FetchException(ProblemKind.INVALID_INPUT, idProblem.get(), Remedy.CHECK_ID);
        ProviderCalls.checkBase(connection);
        ApiRequest request = provider.getRequest(connection, id);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Reply reply = calls.send(connection, request);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (!reply.isSuccess()) throw ProviderCalls.failure(connection, reply, id);
        Snapshot snapshot = parse(connection, reply, id);
        return new FetchResult(snapshot, reply.request(), reply.status(), started, took, reply.attempts(),
                RateLimits.waitBeforeNext(reply.headers(), Instant.now()));
    }

    @Override
    public FetchResult.Probe test(Connection connection) throws FetchException {
        ProviderCalls.checkBase(connection);
        long t0 = System.nanoTime();
        Reply reply = calls.send(connection, connection.provider().testRequest(connection));
        if (!reply.isSuccess()) throw ProviderCalls.failure(connection, reply, null);
        return new FetchResult.Probe(reply.request(), reply.status(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static Snapshot parse(Connection connection, Reply reply, String id) throws FetchException {
        String name = connection.provider().displayName();
        JsonNode body = ProviderCalls.json(connection, reply);
        if (body == null || !body.isObject()) {
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, name + " answered with JSON that is not a webhook object", "",
                    reply.status(), null, Remedy.CHECK_BASE_URL);
        }
        try {
            return connection.provider().toSnapshot(id, body);
        } catch (IllegalArgumentException e) {
            throw ProviderCalls.malformed(connection, reply, name + "'s answer does not look like a webhook", e.getMessage());
        }
    }
}
