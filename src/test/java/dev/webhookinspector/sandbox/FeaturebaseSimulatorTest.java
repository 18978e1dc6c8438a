package dev.webhookinspector.sandbox;

import static dev.webhookinspector.sandbox.SimulatorClient.json;
import static dev.webhookinspector.sandbox.UltravoxSimulatorTest.fieldNames;
import static dev.webhookinspector.sandbox.UltravoxSimulatorTest.texts;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeaturebaseSimulatorTest {
    private static final Set<String> DOCUMENTED = Set.of("object", "id", "name", "url", "secret", "description", "topics", "status",
            "requestConfig", "lastStatus", "health", "version", "createdAt", "updatedAt");
    private static Sandbox sandbox;
    private static final SimulatorClient client = new SimulatorClient();

    @BeforeAll static void start() throws IOException { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    private HttpResponse<String> get(String pathAndQuery, String... extraHeaders) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + sandbox.demoKey("featurebase")));
        headers.addAll(List.of(extraHeaders));
        return client.get(SimulatorClient.uri(sandbox, "featurebase", pathAndQuery), headers.toArray(String[]::new));
    }

    private static JsonNode error(HttpResponse<String> response, int status, String type, String code) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = json(response).get("error");
        assertEquals(type, error.get("type").asText());
        assertEquals(code, error.get("code").asText());
        assertEquals(status, error.get("status").asInt());
        assertFalse(error.get("message").asText().isBlank());
        return error;
    }

    @Test
    void healthyWebhookHasEveryDocumentedFieldASecretAndNoFailures() {
        JsonNode webhook = json(get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY));
        assertEquals(DOCUMENTED, fieldNames(webhook));
        assertEquals("webhook", webhook.get("object").asText());
        assertEquals("active", webhook.get("status").asText());
        assertTrue(webhook.get("secret").asText().startsWith("whsec_"));
        assertEquals(200, webhook.get("lastStatus").get("code").asInt());
        assertEquals(0, webhook.get("health").get("consecutiveFailures").asInt());
        assertEquals("1.0", webhook.get("version").asText());
    }

    @Test
    void failingWebhookShowsConsecutiveFailuresABadGatewayAndSlowResponses() {
        JsonNode webhook = json(get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_FAILING));
        assertEquals("active", webhook.get("status").asText());
        assertEquals(7, webhook.get("health").get("consecutiveFailures").asInt());
        assertEquals(12, webhook.get("health").get("errorsSinceLastSuccess").asInt());
        assertEquals(502, webhook.get("lastStatus").get("code").asInt());
        assertEquals("Bad Gateway", webhook.get("lastStatus").get("message").asText());
        assertTrue(webhook.get("health").get("avgResponseTime").asInt() > 4000);
        assertEquals(5000, webhook.get("requestConfig").get("timeoutMs").asInt());
        assertFalse(webhook.get("requestConfig").get("headers").isEmpty());
    }

    @Test
    void pausedAndSuspendedWebhooksSayWhy() {
        assertEquals("paused", json(get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_PAUSED)).get("status").asText());
        JsonNode suspended = json(get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_SUSPENDED));
        assertEquals("suspended", suspended.get("status").asText());
        assertEquals(410, suspended.get("lastStatus").get("code").asInt());
        assertEquals("Gone", suspended.get("lastStatus").get("message").asText());
    }

    @Test
    void neverDeliveredWebhookHasNullsAndLacksSecretAndVersion() {
        JsonNode webhook = json(get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_NEVER_DELIVERED));
        assertTrue(webhook.get("lastStatus").isNull());
        assertTrue(webhook.get("health").get("lastSuccessAt").isNull());
        assertTrue(webhook.get("description").isNull());
        assertFalse(webhook.has("secret"));
        assertFalse(webhook.has("version"));
    }

    @Test
    void webhookFromANewerApiCarriesUnknownStatusTopicAndFields() {
        JsonNode webhook = json(get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_UNKNOWN_VALUES));
        assertEquals("archived", webhook.get("status").asText());
        assertTrue(texts(webhook.get("topics")).contains("survey.completed"));
        assertFalse(DOCUMENTED.containsAll(fieldNames(webhook)));
    }

    @Test
    void idThatIsNot24HexIsInvalidIdAndAnUnknownOneIsNotFound() {
        JsonNode invalid = error(get("/v2/webhooks/not-an-object-id"), 400, "invalid_request_error", "invalid_id");
        assertEquals("id", invalid.get("param").asText());
        error(get("/v2/webhooks/aaaaaaaaaaaaaaaaaaaaaaaa"), 404, "invalid_request_error", "webhook_not_found");
    }

    @Test
    void missingWrongAndUnprivilegedKeysGetTheirOwnErrors() {
        URI uri = SimulatorClient.uri(sandbox, "featurebase", "/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY);
        error(client.get(uri), 401, "authentication_error", "missing_api_key");
        error(client.get(uri, "Authorization", "Bearer sk_wrong"), 401, "authentication_error", "invalid_api_key");
        error(client.get(uri, "Authorization", "Bearer " + DemoFixtures.FEATUREBASE_KEY_WITHOUT_WEBHOOK_ACCESS),
                403, "authorization_error", "insufficient_permissions");
    }

    @Test
    void versionHeaderAcceptsNovaOrbitAndUnknownButRejectsClover() {
        assertEquals(200, get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY, "Featurebase-Version", "2026-01-01.nova").statusCode());
        assertEquals(200, get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY, "Featurebase-Version", "2026-08-19.orbit").statusCode());
        assertEquals(200, get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY, "Featurebase-Version", "2027-03-03.future").statusCode());
        JsonNode clover = error(get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY, "Featurebase-Version", "2025-12-12.clover"),
                400, "invalid_request_error", "invalid_api_version");
        assertTrue(clover.get("message").asText().contains("2026-01-01.nova or newer"));
    }

    @Test
    void everyAnswerCarriesRateLimitHeadersEvenErrors() {
        for (HttpResponse<String> response : List.of(
                get("/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY),
                get("/v2/webhooks/bad"),
                client.get(SimulatorClient.uri(sandbox, "featurebase", "/v2/webhooks")))) {
            assertEquals("2000", response.headers().firstValue("X-RateLimit-Limit").orElseThrow());
            assertTrue(Integer.parseInt(response.headers().firstValue("X-RateLimit-Remaining").orElseThrow()) < 2000);
            assertTrue(response.headers().firstValue("X-RateLimit-Reset").isPresent());
        }
    }

    @Test
    void listingWithLimitTenWalksEveryPageByNextCursor() {
        List<String> ids = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            JsonNode page = json(get("/v2/webhooks?limit=10" + (cursor == null ? "" : "&cursor=" + cursor)));
            assertEquals("list", page.get("object").asText());
            assertTrue(page.get("data").size() <= 10);
            page.get("data").forEach(w -> ids.add(w.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertTrue(pages >= 3, "pages: " + pages);
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertTrue(ids.containsAll(List.of(DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_SUSPENDED)));
    }

    @Test
    void listingFiltersByStatusAndRejectsBadLimitOrCursor() {
        JsonNode paused = json(get("/v2/webhooks?status=paused&limit=100"));
        assertFalse(paused.get("data").isEmpty());
        paused.get("data").forEach(w -> assertEquals("paused", w.get("status").asText()));
        assertEquals("limit", error(get("/v2/webhooks?limit=0"), 400, "invalid_request_error", "invalid_parameter").get("param").asText());
        error(get("/v2/webhooks?limit=101"), 400, "invalid_request_error", "invalid_parameter");
        error(get("/v2/webhooks?cursor=nonsense"), 400, "invalid_request_error", "invalid_cursor");
    }
}
