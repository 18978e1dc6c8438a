package dev.webhookinspector.core.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.delivery.Sample;
import dev.webhookinspector.core.delivery.EventBodies;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Instant;
import dev.webhookinspector.core.signing.SigningScheme;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One webhook API. An implementation describes itself once ({@link #descriptor()}) and owns its ID rule,
 * its requests, its response mapping (verdict included) and its error-body mapping; HTTP itself is done
 * by {@code core.http}. Implementations are found with {@link java.util.ServiceLoader}: see {@link Providers}.
 */
public interface Provider {
    ProviderDescriptor descriptor();

    /** Empty when the ID is acceptable, else a message that names the bad value and the rule. */
    Optional<String> checkId(String webhookId);

    /** The get-by-ID request; {@code webhookId} has passed {@link #checkId}. */
    ApiRequest getRequest(Connection connection, String webhookId);

    /** A cheap authenticated call (the list endpoint) that tells whether a key works. */
    ApiRequest testRequest(Connection connection);

    /**
     * One page of the account's webhooks: the first when {@code cursor} is empty, else the page the previous
     * one named in {@link WebhookPage#next()}. The lister sends it only when it stays on the connection's origin.
     * Throws IllegalArgumentException when a cursor cannot be made into a request.
     */
    ApiRequest listRequest(Connection connection, String cursor);

    /** Reads a 2xx list answer; throws IllegalArgumentException with a readable message when the shape is wrong. */
    WebhookPage toPage(JsonNode body);

    /** Maps a 2xx body ({@code requestedId} stands in when the body lacks an id); throws IllegalArgumentException with a readable message when the shape is wrong. */
    Snapshot toSnapshot(String requestedId, JsonNode body);

    /** The human message in an error body, or empty when the body has none the provider documents. */
    Optional<String> errorMessage(int status, String body);

    /** How the provider signs its deliveries; {@link SigningScheme#NONE} when it documents none. */
    default SigningScheme signing() { return SigningScheme.NONE; }

    /**
     * A realistic delivery of {@code event} (one of {@code webhook.events()}, or any the provider sends) for this
     * webhook at {@code at}, as the provider would send it, for the delivery lab.
     */
    default Sample sampleDelivery(String event, Snapshot webhook, Instant at) {
        var body = EventBodies.object().put("event", event).put("webhookId", webhook.id()).put("createdAt", at.toString());
        return new Sample(event, EventBodies.bytes(body), java.util.Map.of(), java.time.Duration.ofSeconds(30));
    }

    /** The secrets deliveries are signed with (not, say, a credential in a custom delivery header). */
    default java.util.List<dev.webhookinspector.core.model.Secret> signingSecrets(Snapshot webhook) {
        return signing().signs() ? webhook.secrets() : java.util.List.of();
    }

    default ProviderId id() { return descriptor().id(); }

    default String displayName() { return descriptor().displayName(); }

    default URI defaultBaseUrl() { return descriptor().defaultBaseUrl(); }

    default String idRule() { return descriptor().idRule(); }

    default List<ProviderOption> options() { return descriptor().options(); }
}
