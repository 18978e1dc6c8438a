package dev.webhookinspector.core.provider.v0;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Scope;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.ErrorBodies;
import dev.webhookinspector.core.provider.JsonFields;
import dev.webhookinspector.core.provider.PageItem;
import dev.webhookinspector.core.provider.Pages;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.provider.Reports;
import dev.webhookinspector.core.provider.WebhookPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * v0 (Vercel): {@code GET /v2/hooks/{id}} and the unpaged {@code GET /v2/hooks} (IDs and names only), with a bearer
 * token. The API reports no status, health, failures or secrets, so those parts of the snapshot say "not reported"
 * rather than "none".
 */
public final class V0Provider implements Provider {
    private static final Set<String> KNOWN_FIELDS = Set.of("id", "createdAt", "name", "events", "url", "chatId");
    private static final Set<String> KNOWN_EVENTS = Set.of("chat.created", "chat.updated", "chat.deleted",
            "message.created", "message.updated", "message.deleted", "message.finished");

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(new ProviderId("v0"), "v0", "Events",
            URI.create("https://api.v0.dev"), "the hook's ID, such as wh_ghi012",
            new Reports(false, Reports.Failures.NONE, "", false, false), List.of(), "#111111");

    @Override public ProviderDescriptor descriptor() { return DESCRIPTOR; }

    @Override public dev.webhookinspector.core.delivery.Sample sampleDelivery(String event, Snapshot webhook, java.time.Instant at) {
        return V0Events.sample(event, webhook, at);
    }

    @Override
    public Optional<String> checkId(String webhookId) {
        if (webhookId == null || webhookId.isBlank()) return Optional.of("The v0 webhook ID is empty: give " + idRule() + ".");
        // Sent as a path segment, "." and ".." mean "this" and "the parent" to every proxy that normalises paths.
        if (webhookId.equals(".") || webhookId.equals("..")) {
            return Optional.of("\"" + webhookId + "\" is not a v0 webhook ID: \".\" and \"..\" name no hook; give " + idRule() + ".");
        }
        return Optional.empty();
    }

    @Override
    public ApiRequest getRequest(Connection connection, String webhookId) {
        return new ApiRequest(Origins.join(connection.baseUrl(), "/v2/hooks/" + Origins.encodeSegment(webhookId)), auth(connection));
    }

    @Override
    public ApiRequest testRequest(Connection connection) {
        return new ApiRequest(Origins.join(connection.baseUrl(), "/v2/hooks"), auth(connection));
    }

    /** One unpaged answer for the whole account; there is never a cursor. */
    @Override
    public ApiRequest listRequest(Connection connection, String cursor) {
        return testRequest(connection);
    }

    /** A bare array of {"id", "name"}: no details, so each hook is then fetched by its ID. */
    @Override
    public WebhookPage toPage(JsonNode body) {
        if (body == null || !body.isArray()) throw new IllegalArgumentException("the list answer is not a JSON array of hooks");
        List<PageItem> items = new ArrayList<>(body.size());
        for (JsonNode hook : body) items.add(new PageItem.Summary(Pages.id(hook, "id", items.size()), JsonFields.text(hook, "name")));
        return WebhookPage.last(items, items.size());
    }

    private static List<Header> auth(Connection connection) {
        return List.of(Header.secret("Authorization", "Bearer " + connection.key().reveal()));
    }

    @Override
    public Snapshot toSnapshot(String requestedId, JsonNode body) {
        String id = Optional.ofNullable(JsonFields.text(body, "id")).orElse(requestedId);
        List<String> events = JsonFields.strings(body, "events");
        String chatId = JsonFields.text(body, "chatId");
        return new Snapshot(id(), id, JsonFields.text(body, "name"), JsonFields.text(body, "url"), null, Verdict.UNKNOWN,
                "v0's API reports no delivery status or failures", events,
                JsonFields.instant(body, "createdAt"), null, null, List.of(), List.of(), false, List.of(), false,
                chatId == null ? null : new Scope("chatId", chatId),
                JsonFields.extras(body, KNOWN_FIELDS), JsonFields.unknownValues("event", events, KNOWN_EVENTS), body);
    }

    /** v2 answers {"message"}; the legacy v1 shape is {"error": {"message", "type"}}. */
    @Override
    public Optional<String> errorMessage(int status, String body) {
        return ErrorBodies.json(body).map(n -> {
            if (n.hasNonNull("message")) return n.get("message").asText();
            JsonNode error = n.get("error");
            if (error != null && error.isObject() && error.hasNonNull("message")) return error.get("message").asText();
            if (error != null && error.isTextual()) return error.asText();
            return null;
        }).or(() -> ErrorBodies.plainText(body));
    }
}
